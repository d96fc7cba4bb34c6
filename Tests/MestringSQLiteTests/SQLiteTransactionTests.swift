import Foundation
import Mestring
import MestringConformance
import MestringSQLite
import MestringTestSupport
import Testing

/// Several record writes in one transaction, through the public API only: what a merge relies on.
@Suite("SQLiteCatalogStore.inTransaction")
struct SQLiteTransactionTests {
    @Test func recordWritesCommitTogetherAndSeeEachOther() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCatalogStore(path: folder.path("catalog.sqlite"))
        let fixture = ConformanceFixture.catalog
        try await store.save(fixture)
        let renamed = {
            var offer = fixture.offers[0]
            offer.title = "Nytt navn"
            return offer
        }()
        let removed = fixture.offers[2].id
        let (offersInside, foundInside) = try await store.inTransaction { transaction in
            try transaction.upsert(renamed)
            try transaction.delete(Offer.self, id: removed)
            try transaction.upsert(Offer(id: "ny-i-transaksjon", title: "Ny"))
            return (try transaction.load().offers.count, try transaction.fetch(Offer.self, id: renamed.id)?.title)
        }
        #expect(offersInside == fixture.offers.count, "one added, one removed, seen inside the transaction")
        #expect(foundInside == "Nytt navn")
        let reopened = try await SQLiteCatalogStore(path: folder.path("catalog.sqlite"), access: .readOnly).load()
        #expect(reopened.offers[renamed.id]?.title == "Nytt navn")
        #expect(reopened.offers[removed] == nil)
        #expect(reopened.offers["ny-i-transaksjon"] != nil)
        #expect(try await store.offers(matching: OfferQuery(text: "nytt navn")).map(\.id) == [renamed.id], "the search index followed")
    }

    @Test func aThrowingBodyLeavesEveryRecordAsItWas() async throws {
        struct Stop: Error {}
        let folder = try TemporaryFolder()
        let store = try SQLiteCatalogStore(path: folder.path("catalog.sqlite"))
        try await store.save(ConformanceFixture.catalog)
        await #expect(throws: Stop.self) {
            try await store.inTransaction { transaction in
                try transaction.delete(Offer.self, id: ConformanceFixture.catalog.offers[0].id)
                try transaction.upsert(Offer(id: "halvveis", title: "Halvveis"))
                #expect(try transaction.offers(matching: OfferQuery(text: "halvveis")).count == 1)
                throw Stop()
            }
        }
        #expect(try await store.load() == ConformanceFixture.catalog)
        #expect(try await store.offers(matching: OfferQuery(text: "halvveis")).isEmpty)
    }

    @Test func aReadOnlyStoreRefusesATransaction() async throws {
        let folder = try TemporaryFolder()
        try await SQLiteCatalogStore(path: folder.path("catalog.sqlite")).save(ConformanceFixture.catalog)
        let store = try SQLiteCatalogStore(path: folder.path("catalog.sqlite"), access: .readOnly)
        let error = try await #require(throws: StoreError.self) {
            try await store.inTransaction { transaction in try transaction.upsert(Offer(id: "x", title: "X")) }
        }
        #expect(error.kind == .readOnly)
    }
}
