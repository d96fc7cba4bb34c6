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
}
