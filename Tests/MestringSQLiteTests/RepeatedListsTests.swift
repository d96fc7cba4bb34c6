import Mestring
import MestringSQLite
import MestringTestSupport
import Testing

/// Reading many offers reuses a list already read from the same stored bytes; offers whose lists
/// are the same, nearly the same or empty must still read back exactly as saved.
@Suite("Lists repeated across offers")
struct RepeatedListsTests {
    /// Offers whose lists repeat, differ by one value, one more value, a quote or a letter's case,
    /// in a load, an answer read whole, a page read in the query's order and one offer fetched.
    @Test func repeatedAndNearlyEqualListsReadBackAsSaved() async throws {
        let themes: [[String]] = [["søvn"], ["søvn", "smerte"], ["søvn"], ["Søvn"], ["\"søvn\""], [], ["søvn", "smerte"], ["smerte", "søvn"]]
        let places: [[MunicipalityNumber]] = [["4601"], ["4601", "0301"], ["0301"], ["4601"]]
        var catalog = Catalog()
        for index in 0..<200 {
            catalog.offers.upsert(
                Offer(
                    id: .init("tilbud-\(String(199 - index))"), title: .init(bokmal: "Kurs \(index)"), kind: .peerGroup,
                    diagnoses: index % 3 == 0 ? [.icd10("J44")] : [.icd10("J44"), .icd10("I50")],
                    themes: themes[index % themes.count], audiences: index % 2 == 0 ? [.patients] : [.patients, .nextOfKin],
                    languages: index % 5 == 0 ? [] : ["nb"], municipalities: places[index % places.count]))
        }
        let folder = try TemporaryFolder()
        let store = try SQLiteCatalogStore(path: folder.path("lists.sqlite"))
        try await store.save(catalog)
        #expect(try await store.load() == catalog)
        let query = OfferQuery(municipalities: ["4601"])
        let answer = try await store.offers(matching: query)
        #expect(answer == catalog.offers(matching: query))
        #expect(try await store.matches(for: query).offers(in: 3..<60) == Array(answer[3..<60]))
        for offer in catalog.offers.prefix(8) { #expect(try await store.fetch(Offer.self, id: offer.id) == offer) }
    }
}
