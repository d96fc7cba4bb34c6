import Foundation
import Mestring
import MestringCommandLine
import MestringTestSupport
import Testing

/// The built-in formats are matched through the registry in its documented order.
@Suite("CatalogFormatRegistry.standard")
struct CatalogFormatRegistryTests {
    let formats = CatalogFormatRegistry.standard

    @Test(arguments: [
        ("k.fhir.json", "fhir"), ("k.hsds.json", "hsds"), ("eksport-hsds", "hsds-csv"), ("k.json", "json"), ("k.ndjson", "fhir-ndjson"),
        ("k.SQLITE", "sqlite"), ("k.db", "sqlite"), ("tilbud.csv", "csv-file"), ("ny-mappe", "csv"),
    ])
    func aNewPathIsMatchedByItsLongestNameEnding(_ name: String, _ format: String) throws {
        #expect(try formats.format(of: URL(filePath: "/ingen/steder/\(name)")).name == format)
    }

    @Test func contentsDecideBeforeTheName() throws {
        let folder = try TemporaryFolder()
        try Data(#"{"resourceType": "Bundle", "type": "collection", "entry": []}"#.utf8).write(to: URL(filePath: folder.path("k.json")))
        #expect(try formats.format(of: URL(filePath: folder.path("k.json"))).name == "fhir")
        try FileManager.default.createDirectory(atPath: folder.path("pakke.d"), withIntermediateDirectories: false)
        try Data("{}".utf8).write(to: URL(filePath: folder.path("pakke.d/datapackage.json")))
        #expect(try formats.format(of: URL(filePath: folder.path("pakke.d"))).name == "hsds-csv")
        try FileManager.default.createDirectory(atPath: folder.path("tabeller.d"), withIntermediateDirectories: false)
        #expect(try formats.format(of: URL(filePath: folder.path("tabeller.d"))).name == "csv", "any other folder is CSV")
    }

    @Test func anUnknownLocationOrNameIsAClearError() throws {
        let error = try #require(throws: StoreError.self) { try formats.format(of: URL(filePath: "/ingen/steder/k.xlsx")) }
        #expect(error.kind == .unknownFormat)
        #expect(error.file == "/ingen/steder/k.xlsx")
        #expect(error.message.contains("say it with --format"))
        let named = try #require(throws: StoreError.self) { try formats.format(of: URL(filePath: "k.json"), named: "excel") }
        #expect(named.kind == .unknownFormat)
        #expect(named.message.hasSuffix("expected one of json, csv, sqlite, fhir, fhir-ndjson, hsds, hsds-csv"), "\(named.message)")
    }

    @Test func writingAReadOnlyFormatIsRefusedBeforeAnythingIsMade() throws {
        let folder = try TemporaryFolder()
        let target = URL(filePath: folder.path("ut.csv"))
        let error = try #require(throws: StoreError.self) {
            try formats.openStore(at: target, options: CatalogStoreRequest(url: target, purpose: .writing))
        }
        #expect(error.kind == .readOnly)
        #expect(!FileManager.default.fileExists(atPath: target.path))
        #expect(try formats.openStore(at: target).capabilities == .read)
    }
}
