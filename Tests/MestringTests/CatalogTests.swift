import Mestring
import MestringConformance
import Testing

@Suite("Catalogue records and privacy")
struct CatalogTests {
    @Test func recordCollectionKeepsRepeatedIdentifiersAndLooksUpTheFirst() {
        let first = Provider(id: "a", name: "Første", kind: .municipalUnit)
        let second = Provider(id: "a", name: "Andre", kind: .municipalUnit)
        var providers = RecordCollection([first, second, Provider(id: "b", name: "B", kind: .privateProvider)])
        #expect(providers.count == 3)
        #expect(providers["a"]?.name == "Første")
        #expect(providers.duplicateIDs == ["a"])
        let removed = providers.remove(id: "a")
        #expect(removed)
        #expect(providers.map(\.id) == ["b"])
        #expect(providers["b"] != nil)
    }

    @Test func upsertReplacesInPlace() {
        var catalog = ConformanceFixture.catalog
        let position = catalog.offers.position(of: "offer-03")
        var offer = catalog.offers["offer-03"]!
        offer.capacity = 99
        let replaced = catalog.upsert(offer)
        #expect(replaced)
        #expect(catalog.offers.position(of: "offer-03") == position)
        #expect(catalog[id: Offer.ID("offer-03")]?.capacity == 99)
    }

    @Test func publicExportRemovesContactsAndUnlistedNamesAndIdentifiers() {
        let catalog = ConformanceFixture.catalog
        let exported = catalog.publicExport()
        #expect(exported.people.allSatisfy { $0.contact == nil })
        let unlisted = exported.people.filter { !$0.listingConsent }
        #expect(!unlisted.isEmpty)
        #expect(unlisted.allSatisfy { $0.name.value == Catalog.unlistedPersonName })
        #expect(unlisted.allSatisfy { $0.id.rawValue.hasPrefix(Catalog.unlistedPersonPrefix) })
        #expect(exported.people["person-full"]?.name == catalog.people["person-full"]?.name)
        // Offers change only where they name an unlisted person.
        var offers = exported.offers
        for index in offers.indices {
            var offer = offers[index]
            offer.involvement = catalog.offers[index].involvement
            offers.upsert(offer)
        }
        #expect(offers == catalog.offers)
    }
}
