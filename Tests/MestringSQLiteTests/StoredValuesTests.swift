import Foundation
import Mestring
import MestringSQLite
import Testing
import MestringTestSupport

@Suite("Stored values")
struct StoredValuesTests {
    @Test func sqlInjectionAttemptsAreStoredAndReadBackVerbatim() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("catalog.sqlite")
        let store = try SQLiteCatalogStore(path: path)
        let attacks = ["'); DROP TABLE offers; --", "\" OR 1=1 --", "Robert'); DELETE FROM people; --", "x\u{0}y"]
        var catalog = Catalog()
        for (index, attack) in attacks.enumerated() {
            catalog.offers.upsert(Offer(
                id: .init(attack + "\(index)"), title: .init(bokmal: attack), summary: .init([.english: attack]), kind: .peerGroup,
                format: .group, provider: .init(attack), focus: .theme, themes: [attack], method: .experienceSharing,
                municipalities: [.init(attack)], venue: attack))
            catalog.people.upsert(Person(id: .init(attack), name: Personal(attack), role: .peerHelper, contact: PersonalContact(phone: Personal(attack), email: Personal(attack))))
        }
        try await store.save(catalog)
        #expect(try await store.load() == catalog)
        for offer in catalog.offers {
            #expect(try await store.fetch(Offer.self, id: offer.id) == offer)
            #expect(try await store.offers(matching: OfferQuery(municipalities: offer.municipalities.first.map { [$0] } ?? [])).map(\.id).contains(offer.id))
        }
        let tables = try Database(path: path).rows("SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('offers', 'people')")
        #expect(tables.count == 2)
    }

    @Test func emptyAndMissingOptionalsStayDistinct() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCatalogStore(path: folder.path("catalog.sqlite"))
        var offer = Offer(id: "o", title: LocalizedText(), summary: LocalizedText(), kind: .eLearning, format: .individual, provider: "p",
                          focus: .theme, method: .knowledgeTransfer)
        offer.accessibility = Accessibility()
        offer.eligibility = Eligibility(notes: LocalizedText())
        offer.schedule = Schedule()
        offer.price = Price(amount: 0)
        offer.signUp = SignUp(method: .referral, instructions: LocalizedText())
        var person = Person(id: "p", name: "", role: .professional)
        person.contact = PersonalContact()
        try await store.upsert(offer)
        try await store.upsert(person)
        #expect(try await store.fetch(Offer.self, id: "o") == offer)
        #expect(try await store.fetch(Person.self, id: "p") == person)
    }
}
