import Foundation
import Mestring
import MestringConformance
import MestringHSDS
import MestringJSON
import MestringTestSupport
import Testing

/// Mestring JSON → HSDS → Mestring JSON gives the same bytes, for the public export of every
/// example and of the conformance fixture, through both HSDS forms.
@Suite("HSDS round trips")
struct HSDSRoundTripTests {
    static let examplesFolder = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../Documentation/Examples").standardized

    static var catalogues: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examplesFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted() + ["conformance-fixture"]
    }

    static func publicCatalog(_ name: String) throws -> Catalog {
        if name == "conformance-fixture" { return ConformanceFixture.catalog.publicExport() }
        let data = try Data(contentsOf: examplesFolder.appending(path: name))
        return try JSONCatalogCoder().decode(data, file: name).publicExport()
    }

    @Test(arguments: catalogues)
    func documentGivesBackTheSameMestringJSON(_ name: String) throws {
        let catalog = try Self.publicCatalog(name)
        let coder = HSDSDocumentCoder()
        let (again, report) = try coder.decodeWithReport(coder.encode(catalog), file: name)
        #expect(try JSONCatalogCoder().encode(again) == JSONCatalogCoder().encode(catalog))
        #expect(report.isEmpty, "a document Mestring wrote imports without leftovers: \(report)")
        #expect(coder.encode(again) == coder.encode(catalog), "the same catalogue gives the same document, UUIDs included")
    }

    @Test(arguments: catalogues)
    func packageGivesBackTheSameMestringJSON(_ name: String) throws {
        let catalog = try Self.publicCatalog(name)
        let folder = try TemporaryFolder()
        let file = HSDSPackageFile(url: folder.url.appending(path: "package"))
        try file.write(catalog)
        let (again, report) = try file.readWithReport()
        #expect(try JSONCatalogCoder().encode(again) == JSONCatalogCoder().encode(catalog))
        #expect(report.isEmpty, "a package Mestring wrote imports without leftovers: \(report)")
    }

    @Test func personalDataLeavesOnlyWhenAskedFor() throws {
        let catalog = ConformanceFixture.catalog
        let publicText = String(decoding: HSDSDocumentCoder().encode(catalog), as: UTF8.self)
        #expect(!publicText.contains("maret@example.no"))
        #expect(!publicText.contains("+47 400 00 001"))
        let full = HSDSDocumentCoder(includesPersonalData: true)
        #expect(try full.decode(full.encode(catalog)) == catalog)
    }
}
