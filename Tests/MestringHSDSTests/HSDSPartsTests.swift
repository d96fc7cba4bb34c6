import Foundation
import Mestring
import MestringAdapterKit
import MestringTestSupport
import Testing

@testable import MestringHSDS

/// A large document is read in parts on every processor; what comes back must not depend on
/// that: the same catalogue, the same report in the same order, and the same first error as one
/// pass, however the organisations and services fall into parts.
@Suite("HSDS import in parts")
struct HSDSPartsTests {
    /// Imports `data` read in `parts` parts, with the outcome as something to compare.
    private static func outcome(_ data: Data, parts: Int) throws -> Result<HSDSImportReportedCatalog, StoreError> {
        let document = try JSONDocument(data)
        do {
            let (catalog, report) = try HSDSDocumentCoder.importing(document, parts: parts) { $0 }
            return .success(HSDSImportReportedCatalog(catalog: catalog, report: report))
        } catch let error as StoreError {
            return .failure(error)
        }
    }

    private static func expectSameInEveryPartition(_ data: Data, _ name: String) throws {
        let onePass = try outcome(data, parts: 1)
        for parts in [2, 3, 7] {
            #expect(try outcome(data, parts: parts) == onePass, "\(name) read in \(parts) parts")
        }
    }

    @Test(arguments: HSDSRoundTripTests.catalogues)
    func mestringDocumentsReadTheSameInParts(_ name: String) throws {
        let catalog = try HSDSRoundTripTests.publicCatalog(name)
        try Self.expectSameInEveryPartition(HSDSDocumentCoder().encode(catalog), name)
    }

    @Test(arguments: HSDSRoundTripTests.catalogues)
    func mestringDocumentsReadTheSameAsLinesInParts(_ name: String) throws {
        let data = HSDSDocumentCoder().encode(try HSDSRoundTripTests.publicCatalog(name))
        let onePass = try Self.outcome(data, parts: 1)
        for parts in [2, 3, 7] {
            var importer = try #require(HSDSImporter.readingLines(data, parts: parts), "\(name): Mestring writes one organisation a line")
            #expect(.success(HSDSImportReportedCatalog(catalog: importer.catalog(), report: importer.report)) == onePass, "\(name) in \(parts) runs of lines")
        }
    }

    /// A page one organisation a line, with a field Mestring has no place for in each, so that
    /// the report's places show how the runs of lines are numbered.
    private static func page(_ organizations: [String]) -> Data {
        Data(("{\"total_items\":\(organizations.count),\"contents\":[\n" + organizations.joined(separator: ",\n") + "\n]}\n").utf8)
    }

    @Test func foreignPagesReadAsLinesReportEveryPlaceAsOnePass() throws {
        let data = Self.page(
            (0..<9).map { #"{"id":"org-\#($0)","name":"Senter \#($0)","year_incorporated":\#(1990 + $0),"services":[{"id":"s-\#($0)","name":"Kurs","status":"active","alert":"Stengt i juli"}]}"# })
        let expected = try Self.outcome(data, parts: 1).get()
        #expect(expected.report.unmapped.contains { $0.place.contains("contents[8]") })
        for parts in [2, 3, 7] {
            var importer = try #require(HSDSImporter.readingLines(data, parts: parts))
            #expect(HSDSImportReportedCatalog(catalog: importer.catalog(), report: importer.report) == expected, "in \(parts) runs of lines")
        }
        // Each run read in batches of one line, or of about two: the same places and catalogue.
        for (parts, batchBytes) in [(1, 1), (2, 1), (3, 300)] {
            var importer = try #require(HSDSImporter.readingLines(data, parts: parts, batchBytes: batchBytes))
            #expect(
                HSDSImportReportedCatalog(catalog: importer.catalog(), report: importer.report) == expected,
                "in \(parts) runs of lines, batches of \(batchBytes) bytes")
        }
    }

    @Test func aPageWithAnErrorInALaterLineIsReadAsOneDocumentWithTheError() throws {
        let lines = (0..<6).map { index in
            let age = index == 4 ? #""ti""# : "\(index)"
            return #"{"id":"service-\#(index)","name":"Kurs","status":"active","minimum_age":\#(age)}"#
        }
        let data = Self.page(lines)
        #expect(HSDSImporter.readingLines(data, parts: 2) == nil)
        #expect(throws: StoreError.self) { try HSDSDocumentCoder().decode(data) }
        guard case .failure(let error) = try Self.outcome(data, parts: 1) else {
            Issue.record("a word for a number was accepted")
            return
        }
        #expect(error.field == "contents[4].minimum_age")
        var broken = data
        broken.removeLast(3)  // no `]}` line: another layout, read as one document
        #expect(HSDSImporter.readingLines(broken, parts: 2) == nil)
    }

    @Test(.enabled(if: HSDSSchemaTests.hsds3 != nil, "the HSDS 3.0 examples are not present (../shared/hsds3 or HSDS3_DIR)"))
    func specificationExamplesReadTheSameInParts() throws {
        let hsds3 = try #require(HSDSSchemaTests.hsds3)
        for name in HSDSForeignImportTests.examples {
            try Self.expectSameInEveryPartition(try Data(contentsOf: hsds3.appending(path: "examples/\(name)")), name)
        }
    }

    @Test func servicesEmbeddingTheSameOrganisationGiveOneProviderInParts() throws {
        // The second service names the organisation the first one embedded: only one pass knows.
        let organization = #"{"id": "org-1", "name": "Frisklivssentralen", "description": "x"}"#
        let services = (0..<4).map { index in
            #"{"id": "service-\#(index)", "name": "Kurs \#(index)", "status": "active", "organization": \#(organization)}"#
        }
        let data = Data("[\(services.joined(separator: ",\n"))]".utf8)
        try Self.expectSameInEveryPartition(data, "services embedding one organisation")
        let (catalog, _) = try HSDSDocumentCoder.importing(JSONDocument(data), parts: 2) { $0 }
        #expect(catalog.providers.count == 1)
        #expect(catalog.offers.count == 4)
    }

    @Test func theFirstErrorInTheDocumentWinsWhicheverPartMeetsIt() throws {
        let services = (0..<6).map { index in
            let age = index == 2 || index == 5 ? #""ti""# : "\(index)"
            return #"{"id": "service-\#(index)", "name": "Kurs", "status": "active", "minimum_age": \#(age)}"#
        }
        let data = Data(#"{"contents": [\#(services.joined(separator: ",\n"))]}"#.utf8)
        try Self.expectSameInEveryPartition(data, "two broken services")
        guard case .failure(let error) = try Self.outcome(data, parts: 3) else {
            Issue.record("a word for a number was accepted")
            return
        }
        #expect(error.field == "contents[2].minimum_age")
    }
}

/// What an import gives, compared as a whole.
private struct HSDSImportReportedCatalog: Equatable {
    var catalog: Catalog
    var report: HSDSImportReport
}
