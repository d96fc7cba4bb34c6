import Mestring
import MestringConformance
import Testing

/// The conformance suite is only worth running if it catches broken stores: each store below
/// breaks one requirement, and the suite must name it.
@Suite("The conformance suite catches broken stores")
struct ConformanceKitTests {
    @Test func aStoreThatLosesAFieldFailsTheRoundTripNamingTheField() async {
        await #expect(throws: ConformanceFailure.self) {
            try await StoreConformance { seed in LossyStore(seed) }.verify(.roundTrip)
        }
        do {
            try await StoreConformance { seed in LossyStore(seed) }.verify(.roundTrip)
        } catch {
            #expect(String(describing: error).contains("offers[offer-full]: summary differs"))
        }
    }

    @Test func aStoreThatSortsQueriesDifferentlyFailsTheQueryCheck() async {
        await #expect(throws: ConformanceFailure.self) {
            try await StoreConformance { seed in ReversedQueryStore(seed) }.verify(.query)
        }
    }

    @Test func aReadOnlyStoreMustRefuseSaves() async {
        await #expect(throws: ConformanceFailure.self) {
            try await StoreConformance { seed in SilentReadOnlyStore(seed) }.verify(.readOnlyRefusesSave)
        }
    }
}

/// Loses every offer's summary on save: a typical adapter bug (a forgotten column).
actor LossyStore: CatalogStore {
    private var catalog: Catalog
    init(_ catalog: Catalog) { self.catalog = Self.dropSummaries(catalog) }
    func load() -> Catalog { catalog }
    func save(_ catalog: Catalog) { self.catalog = Self.dropSummaries(catalog) }

    static func dropSummaries(_ catalog: Catalog) -> Catalog {
        var copy = catalog
        copy.offers = RecordCollection(catalog.offers.map { offer in
            var changed = offer
            changed.summary = nil
            return changed
        })
        return copy
    }
}

/// Answers queries in reverse identifier order, against `OfferQuery`'s documented order.
actor ReversedQueryStore: RecordStore {
    private let base: InMemoryCatalogStore
    init(_ catalog: Catalog) { base = InMemoryCatalogStore(catalog) }
    func load() async -> Catalog { await base.load() }
    func save(_ catalog: Catalog) async { await base.save(catalog) }
    func fetch<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) async -> Record? { await base.fetch(type, id: id) }
    func upsert<Record: CatalogRecord>(_ record: Record) async { await base.upsert(record) }
    func delete<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) async -> Bool { await base.delete(type, id: id) }
    func offers(matching query: OfferQuery) async -> [Offer] { await base.offers(matching: query).reversed() }
}

/// Claims to be read-only but accepts saves without a word.
struct SilentReadOnlyStore: CatalogStore {
    let catalog: Catalog
    init(_ catalog: Catalog) { self.catalog = catalog }
    var capabilities: StoreCapabilities { .read }
    func load() -> Catalog { catalog }
    func save(_ catalog: Catalog) {}
}
