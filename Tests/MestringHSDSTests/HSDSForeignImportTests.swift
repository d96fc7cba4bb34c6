import Foundation
import Mestring
import MestringHSDS
import MestringTestSupport
import Testing

/// Feeds Mestring did not write: the HSDS specification's own examples load, and everything
/// without a place in Mestring is reported with its place; broken input ends in a located error.
@Suite("Foreign HSDS")
struct HSDSForeignImportTests {
    static let examples: [String] = {
        guard let hsds3 = HSDSSchemaTests.hsds3 else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: hsds3.appending(path: "examples").path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }()

    @Test(.enabled(if: HSDSSchemaTests.hsds3 != nil, "the HSDS 3.0 examples are not present (../shared/hsds3 or HSDS3_DIR)"))
    func specificationExamplesImportWithAReport() throws {
        let hsds3 = try #require(HSDSSchemaTests.hsds3)
        var imported = 0
        for name in Self.examples {
            let data = try Data(contentsOf: hsds3.appending(path: "examples/\(name)"))
            do {
                let (catalog, report) = try HSDSDocumentCoder().decodeWithReport(data, file: name)
                imported += 1
                #expect(catalog.recordCount > 0 || !report.unmapped.isEmpty, "\(name): nothing read and nothing reported")
            } catch let error as StoreError {
                // Taxonomy lists and the tabular example are not organisations or services.
                #expect(error.kind == .malformedData && error.file == name, "\(name): \(error)")
            }
        }
        #expect(imported >= 6)
    }

    @Test(.enabled(if: HSDSSchemaTests.hsds3 != nil, "the HSDS 3.0 examples are not present (../shared/hsds3 or HSDS3_DIR)"))
    func fullServiceExampleMapsWhatMestringHasAndListsTheRest() throws {
        let hsds3 = try #require(HSDSSchemaTests.hsds3)
        let data = try Data(contentsOf: hsds3.appending(path: "examples/service_full.json"))
        let (catalog, report) = try HSDSDocumentCoder().decodeWithReport(data, file: "service_full.json")
        let offer = try #require(catalog.offers.first)
        #expect(offer.title.preferred == "Community Counselling")
        #expect(offer.kind == nil, "the feed does not state the guideline's kind: not stated, not guessed")
        #expect(!offer.languages.isEmpty)
        #expect(catalog.providers.count == 1)
        let places = report.unmapped.map(\.place)
        #expect(places.contains("wait_time"), "\(places)")
        #expect(places.contains { $0.hasPrefix("funding") }, "\(places)")
        #expect(!report.description.contains("Ryan"), "the report names fields, never values such as a contact's name")
    }

    @Test(.enabled(if: HSDSSchemaTests.hsds3 != nil, "the HSDS 3.0 examples are not present (../shared/hsds3 or HSDS3_DIR)"))
    func tabularExampleImportsWithTablesAndRowsInTheReport() throws {
        let hsds3 = try #require(HSDSSchemaTests.hsds3)
        let (catalog, report) = try HSDSPackageFile(url: hsds3.appending(path: "examples/csv")).readWithReport()
        #expect(catalog.offers.count >= 1)
        #expect(catalog.providers.count >= 1)
        #expect(report.unmapped.contains { $0.place.hasPrefix("services.csv row 2: ") }, "\(report)")
    }

    @Test func notHSDSIsAnErrorWithThePlace() throws {
        #expect(throws: StoreError.self) { try HSDSDocumentCoder().decode(Data("{\"format\": \"mestring-catalog\"}".utf8), file: "x.json") }
        do {
            _ = try HSDSDocumentCoder().decode(Data("{\"contents\": [{\"id\": \"a\", \"name\": \"x\", \"status\": \"active\",\n \"minimum_age\": \"ti\"}]}".utf8), file: "feed.json")
            Issue.record("a string for a number was accepted")
        } catch let error as StoreError {
            #expect(error.kind == .malformedData)
            #expect(error.file == "feed.json")
            #expect(error.field == "contents[0].minimum_age")
            #expect(error.line == 2)
        }
    }

    @Test func brokenTableIsAnErrorWithFileRowAndColumn() throws {
        let folder = try TemporaryFolder()
        try Data("id,name,status,minimum_age\nx,Kurs,active,ti\n".utf8).write(to: folder.url.appending(path: "services.csv"))
        do {
            _ = try HSDSPackageFile(url: folder.url).read()
            Issue.record("a word for a number was accepted")
        } catch let error as StoreError {
            #expect(error.kind == .malformedData)
            #expect(error.file?.hasSuffix("services.csv") == true)
            #expect(error.row == 2, "the header is row 1")
            #expect(error.field == "minimum_age")
        }
    }
}
