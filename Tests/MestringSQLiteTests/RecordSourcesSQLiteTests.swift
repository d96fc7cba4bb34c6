import Foundation
import Mestring
import MestringConformance
import MestringSQLite
import MestringTestSupport
import Testing

@Suite("SQLite keeps where each record came from")
struct RecordSourcesSQLiteTests {
    @Test func sourcesRoundTripAndADeletedRecordLeavesNoSource() async throws {
        let folder = try TemporaryFolder()
        var catalog = ConformanceFixture.catalog
        catalog.sources.setSource("tilbud.csv", of: catalog.offers[0].id)
        catalog.sources.setSource("tilbud.csv", of: catalog.offers[1].id)
        let store = try SQLiteCatalogStore(path: folder.path("catalog.sqlite"))
        try await store.save(catalog)
        #expect(try await store.load() == catalog)

        _ = try await store.delete(Offer.self, id: catalog.offers[1].id)
        let loaded = try await store.load()
        #expect(loaded.sources.identifiers(Offer.self, from: "tilbud.csv") == [catalog.offers[0].id])
    }

    @Test func aMergeAppliedInOneTransactionGivesTheMergedCatalogue() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCatalogStore(path: folder.path("catalog.sqlite"))
        var existing = ConformanceFixture.catalog
        existing.sources.setSource("tilbud.csv", ofEveryRecordIn: existing)
        try await store.save(existing)
        var changed = existing.offers[0]
        changed.capacity = 99
        let incoming = Catalog(offers: [changed, Offer(id: "ny", title: LocalizedText(bokmal: "Nytt kurs"))])
        let result = try await store.inTransaction { transaction in
            let result = try CatalogMerge(source: "tilbud.csv", removesMissing: true).merge(incoming, into: try transaction.load())
            try transaction.apply(result)
            return result
        }
        #expect(result.changes(.removed).count == existing.recordCount - 1, "every other record of the sheet left it")
        #expect(try await store.load() == result.catalog)
    }
}
