import Foundation
import Mestring
import MestringConformance
@testable import MestringSQLite
import MestringTestSupport
import Testing

/// `save(from:)` writes records as a source hands them over: a file lists its record kinds in its
/// own order (a JSON file sorts them by name), and a read can fail after many records were written.
@Suite("SQLite: saving record by record")
struct StreamingSaveTests {
    /// The fixture with repeated identifiers and sources, so that order and duplicates count.
    static var catalog: Catalog {
        var catalog = ConformanceFixture.catalog
        catalog.offers = RecordCollection(catalog.offers.elements + [catalog.offers[0]])
        catalog.sources.setSource("tilbud.csv", ofEveryRecordIn: catalog)
        return catalog
    }

    /// Hands over a catalogue's parts in the order a JSON file lists them (keys sorted: evaluations,
    /// info, offers, pathways, people, programmes, providers, sources), and can fail after
    /// `failingAfter` records, as a file with a broken record near its end does.
    struct FileOrderSource: CatalogRecordSource {
        struct BrokenRecord: Error {}
        var catalog: Catalog
        var failingAfter: Int?

        func send(to sink: inout some CatalogRecordSink) throws {
            var sent = 0
            func count() throws {
                sent += 1
                if let failingAfter, sent > failingAfter { throw BrokenRecord() }
            }
            for evaluation in catalog.evaluations { try count(); try sink.take(evaluation) }
            try sink.take(catalog.info)
            for offer in catalog.offers { try count(); try sink.take(offer) }
            for pathway in catalog.pathways { try count(); try sink.take(pathway) }
            for person in catalog.people { try count(); try sink.take(person) }
            for programme in catalog.programmes { try count(); try sink.take(programme) }
            for provider in catalog.providers { try count(); try sink.take(provider) }
            try sink.take(catalog.sources)
        }
    }

    /// Every row of every table, full-text shadow tables included, each table's rows in one order.
    static func content(of path: String) throws -> [String: [String]] {
        let database = try Database(path: path, mode: .readOnly)
        var content: [String: [String]] = [:]
        for row in try database.rows("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'") {
            guard let table = row[0].text else { continue }
            content[table] = try database.rows("SELECT * FROM \"\(table)\"").map { "\($0)" }.sorted()
        }
        return content
    }

    @Test func recordsInFileOrderGiveWhatSavingTheCatalogueGives() async throws {
        let folder = try TemporaryFolder()
        let whole = try SQLiteCatalogStore(path: folder.path("whole.sqlite"))
        try await whole.save(Self.catalog)
        let streamed = try SQLiteCatalogStore(path: folder.path("streamed.sqlite"))
        try await streamed.save(from: FileOrderSource(catalog: Self.catalog))

        #expect(try await streamed.load() == Self.catalog)
        #expect(try await streamed.load() == whole.load())
        let expected = try Self.content(of: folder.path("whole.sqlite"))
        #expect(expected["offers"]?.count == Self.catalog.offers.count)
        #expect(expected["offer_search_data"]?.isEmpty == false, "the full-text index is compared too")
        #expect(try Self.content(of: folder.path("streamed.sqlite")) == expected, "the same rows in every table and index")
        let query = OfferQuery(text: "mestring")
        #expect(try await streamed.offers(matching: query) == whole.offers(matching: query))
    }

    @Test func aSourceThatFailsMidwayLeavesThePreviousFileAndNothingBeside() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("catalog.sqlite")
        let store = try SQLiteCatalogStore(path: path)
        let previous = Catalog(info: CatalogInfo(title: "Forrige"), offers: [Self.catalog.offers[1]])
        try await store.save(previous)
        let bytes = try Data(contentsOf: URL(filePath: path))

        let source = FileOrderSource(catalog: Self.catalog, failingAfter: Self.catalog.recordCount - 1)
        await #expect(throws: FileOrderSource.BrokenRecord.self, "the source's own error reaches the caller") {
            try await store.save(from: source)
        }
        #expect(try await store.load() == previous)
        #expect(try Data(contentsOf: URL(filePath: path)) == bytes, "the file is as it was, byte for byte")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["catalog.sqlite"], "no journal left beside it")

        try await store.save(from: FileOrderSource(catalog: Self.catalog))
        #expect(try await store.load() == Self.catalog, "the store saves again after a failed transfer")
    }
}
