import Foundation
import Mestring
import MestringConformance
import MestringFHIR
import MestringJSON
import Testing

/// Mestring JSON → FHIR → Mestring JSON gives the same bytes, for the public export of every
/// example and of the conformance fixture, in both layouts; and nothing is reported as unmapped.
@Suite("FHIR round trip")
struct FHIRRoundTripTests {
    static let examples = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Documentation/Examples")

    static let exampleNames = ["catalog.json", "catalog-broken.json"]

    static func publicCatalog(_ name: String) throws -> Catalog {
        if name == "fixture" { return ConformanceFixture.catalog.publicExport() }
        return try JSONCatalogCoder().decode(Data(contentsOf: examples.appending(path: name)), file: name).publicExport()
    }

    @Test(arguments: exampleNames + ["fixture"], FHIRCatalogFormat.allCases)
    func jsonToFHIRToJSONIsByteIdentical(_ name: String, _ format: FHIRCatalogFormat) throws {
        let catalog = try Self.publicCatalog(name)
        let json = try JSONCatalogCoder().encode(catalog)
        let fhir = try FHIRCatalogCoder(format: format).encode(try JSONCatalogCoder().decode(json))
        let (back, report) = try FHIRCatalogCoder(format: format).decodeWithReport(fhir, file: name)
        #expect(report.isEmpty, "Mestring's own resources reported as unmapped:\n\(report)")
        let again = try JSONCatalogCoder().encode(back)
        #expect(again == json, "\(name) changed on the way through FHIR")
        #expect(String(decoding: again, as: UTF8.self) == String(decoding: json, as: UTF8.self))
    }

    @Test("writing is deterministic: the same catalogue gives the same bytes")
    func deterministic() throws {
        let catalog = try Self.publicCatalog("catalog.json")
        #expect(try FHIRCatalogCoder().encode(catalog) == FHIRCatalogCoder().encode(catalog))
    }

    @Test("personal data is written only when asked for")
    func personalDataOnlyWhenAsked() throws {
        let catalog = ConformanceFixture.catalog
        let emails = catalog.people.compactMap { $0.contact?.email?.value }
        let unlistedNames = catalog.people.filter { !$0.listingConsent && !$0.name.value.isEmpty }.map(\.name.value)
        let secret = try #require(emails.first)
        let unlisted = try #require(unlistedNames.first)
        let published = String(decoding: try FHIRCatalogCoder().encode(catalog), as: UTF8.self)
        #expect(!published.contains(secret))
        #expect(!published.contains(unlisted))
        let full = String(decoding: try FHIRCatalogCoder(includesPersonalData: true).encode(catalog), as: UTF8.self)
        #expect(full.contains(secret))
        #expect(full.contains(unlisted))
    }

    @Test("offers, providers and municipalities are in the Norwegian basis profiles and code systems")
    func norwegianSystems() throws {
        let text = String(decoding: try FHIRCatalogCoder().encode(ConformanceFixture.catalog), as: UTF8.self)
        for needle in [
            FHIRSystems.healthcareServiceProfile, FHIRSystems.organizationProfile, FHIRSystems.locationProfile,
            "\"system\":\"urn:oid:2.16.578.1.12.4.1.4.101\"", "\"system\":\"urn:oid:2.16.578.1.12.4.1.1.3402\"",
            "\"system\":\"urn:oid:2.16.578.1.12.4.1.1.7110\"", "\"system\":\"urn:oid:2.16.578.1.12.4.1.1.7170\"",
            "\"relationship\":\"after-end\"", "\"type\":\"collection\"",
        ] {
            #expect(text.contains(needle), "missing \(needle)")
        }
    }

    /// Writes every resource the adapter produces for the examples and the fixture, and the
    /// extension definitions, into `MESTRING_FHIR_EXPORT_DIR` when set, for the independent check
    /// with Python's `fhir.resources` that `.ci/run` runs (Tests/Scripts/check-fhir.sh).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["MESTRING_FHIR_EXPORT_DIR"] != nil))
    func exportForIndependentCheck() throws {
        let folder = URL(filePath: try #require(ProcessInfo.processInfo.environment["MESTRING_FHIR_EXPORT_DIR"]))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in Self.exampleNames + ["fixture"] {
            let stem = name.replacingOccurrences(of: ".json", with: "")
            for (personal, suffix) in [(false, ""), (true, "-personal")] {
                let catalog = name == "fixture" ? ConformanceFixture.catalog : try JSONCatalogCoder().decode(Data(contentsOf: Self.examples.appending(path: name)))
                try FHIRCatalogCoder(format: .bundle, includesPersonalData: personal).encode(catalog)
                    .write(to: folder.appending(path: "\(stem)\(suffix).fhir.json"))
                try FHIRCatalogCoder(format: .ndjson, includesPersonalData: personal).encode(catalog)
                    .write(to: folder.appending(path: "\(stem)\(suffix).fhir.ndjson"))
            }
        }
        try FHIRProfiles.extensionDefinitions().write(to: folder.appending(path: "mestring-extensions.fhir.json"))
    }
}
