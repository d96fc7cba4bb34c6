import Mestring
import MestringConformance
import MestringSQLite
import MestringTestSupport
import Testing

@Suite("Matches before the offers are read")
struct OfferMatchesTests {
    /// Every conformance query (every dimension, text, relevance, limits) finds the same offers in
    /// the same order as the whole-offer answer, and reading them gives those offers.
    @Test func matchesAreTheSameAnswerAsTheOffers() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCatalogStore(path: folder.path("matches.sqlite"))
        try await store.save(ConformanceFixture.catalog)
        for query in ConformanceFixture.queries + [OfferQuery(text: "kols", ordering: .relevance, limit: 1)] {
            let offers = try await store.offers(matching: query)
            let matches = try await store.matches(for: query)
            #expect(matches.ids == offers.map(\.id), "\(query)")
            #expect(matches.count == offers.count)
            #expect(try await matches.offers() == offers, "\(query)")
        }
    }

    /// A page is the slice of the answer it names, clamped to the answer; an offer deleted after
    /// the answer is left out of its page instead of failing it.
    @Test func aPageIsReadWhenShown() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCatalogStore(path: folder.path("pages.sqlite"))
        try await store.save(ConformanceFixture.catalog)
        let all = try await store.offers(matching: OfferQuery())
        #expect(all.count >= 3, "the fixture has several offers")
        let matches = try await store.matches(for: OfferQuery())
        #expect(try await matches.offers(in: 1..<3) == Array(all[1..<3]))
        #expect(try await matches.offers(in: (all.count - 1)..<(all.count + 5)) == [all[all.count - 1]])
        #expect(try await matches.offers(in: (all.count + 1)..<(all.count + 2)).isEmpty)

        #expect(try await store.delete(Offer.self, id: all[1].id))
        #expect(try await matches.offers(in: 0..<3).map(\.id) == [all[0].id, all[2].id])
    }
}
