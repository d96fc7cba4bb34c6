import Foundation
import Mestring

// Stores that each break one requirement of CatalogStore or RecordStore, the way adapters do.

/// The base of the broken record stores: a catalogue in an actor, changed with `Catalog`'s own methods.
protocol CatalogHolder: Actor, RecordStore {
    var catalog: Catalog { get set }
}

extension CatalogHolder {
    func load() -> Catalog { catalog }
    func save(_ catalog: Catalog) { self.catalog = catalog }
    func fetch<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) -> Record? { catalog[id: id] }
    func upsert<Record: CatalogRecord>(_ record: Record) { catalog.upsert(record) }
    func delete<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) -> Bool { catalog.remove(type, id: id) }
}

/// Loses every offer's summary on save: a forgotten column.
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

/// Loads an empty catalogue with a title of its own.
actor TitledEmptyStore: CatalogHolder {
    var catalog: Catalog
    init(_ catalog: Catalog) { self.catalog = catalog.recordCount == 0 ? Catalog(info: CatalogInfo(title: "Uten navn")) : catalog }
}

/// Saves by adding the new records to the old ones instead of replacing them.
actor MergingStore: CatalogHolder {
    var catalog: Catalog
    init(_ catalog: Catalog) { self.catalog = catalog }
    func save(_ new: Catalog) {
        for offer in new.offers { catalog.upsert(offer) }
        catalog.info = new.info
    }
}

/// Keeps only the first record of each identifier.
actor DeduplicatingStore: CatalogHolder {
    var catalog: Catalog
    init(_ catalog: Catalog) { self.catalog = catalog }
    func save(_ new: Catalog) {
        var kept = new
        var seen: Set<Offer.ID> = []
        kept.offers = RecordCollection(new.offers.filter { seen.insert($0.id).inserted })
        catalog = kept
    }
}

/// Claims to be read-only but accepts saves without a word.
struct SilentReadOnlyStore: CatalogStore {
    let catalog: Catalog
    init(_ catalog: Catalog) { self.catalog = catalog }
    var capabilities: StoreCapabilities { .read }
    func load() -> Catalog { catalog }
    func save(_ catalog: Catalog) {}
}

/// A read-only store done right: what a store over a published feed looks like.
struct ReadOnlyStore: CatalogStore {
    let catalog: Catalog
    init(_ catalog: Catalog) { self.catalog = catalog }
    var capabilities: StoreCapabilities { .read }
    func load() -> Catalog { catalog }
    func save(_ catalog: Catalog) throws { throw StoreError(.readOnly, "the feed is read-only") }
}

/// Ignores damage to its data: `corrupt` sets a flag that `load()` never looks at.
actor CredulousStore: CatalogHolder {
    var catalog: Catalog
    var damaged = false
    init(_ catalog: Catalog) { self.catalog = catalog }
    func damage() { damaged = true }
}

/// Fetches people by name instead of identifier: every person comes back `nil`.
actor MisfetchingStore: CatalogHolder {
    var catalog: Catalog
    init(_ catalog: Catalog) { self.catalog = catalog }
    func fetch<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) -> Record? {
        type == Person.self ? nil : catalog[id: id]
    }
}

/// Upserts by deleting and appending, which moves a changed record to the end.
actor MovingUpsertStore: CatalogHolder {
    var catalog: Catalog
    init(_ catalog: Catalog) { self.catalog = catalog }
    func upsert<Record: CatalogRecord>(_ record: Record) {
        catalog.remove(Record.self, id: record.id)
        catalog.upsert(record)
    }
}

/// Says it deleted something even when there was nothing to delete.
actor BoastfulDeleteStore: CatalogHolder {
    var catalog: Catalog
    init(_ catalog: Catalog) { self.catalog = catalog }
    func delete<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) -> Bool {
        catalog.remove(type, id: id)
        return true
    }
}

/// Answers queries in reverse identifier order, against `OfferQuery`'s documented order.
actor ReversedQueryStore: CatalogHolder {
    var catalog: Catalog
    init(_ catalog: Catalog) { self.catalog = catalog }
    func offers(matching query: OfferQuery) -> [Offer] { catalog.offers(matching: query).reversed() }
}

/// Reads, waits and writes back in an upsert: actor reentrancy lets concurrent upserts overwrite
/// each other, the classic lost update.
actor LostUpdateStore: CatalogHolder {
    var catalog: Catalog
    init(_ catalog: Catalog) { self.catalog = catalog }
    func upsert<Record: CatalogRecord>(_ record: Record) async {
        var copy = catalog
        copy.upsert(record)
        try? await Task.sleep(for: .milliseconds(1))
        catalog = copy
    }
}

/// A correct store whose every `load()` and `fetch` gives a copy decoded from JSON, so each has
/// fresh dictionaries (whose iteration order varies): the case that made a kit comparing printed
/// text report differences that were not there.
actor EncodedStore: CatalogHolder {
    var catalog: Catalog
    private var damaged = false
    init(_ catalog: Catalog) { self.catalog = catalog }

    func load() throws -> Catalog {
        guard !damaged else { throw StoreError(.malformedData, "the stored JSON is not a catalogue", file: "memory") }
        return try Self.copy(catalog)
    }
    func save(_ catalog: Catalog) {
        self.catalog = catalog
        damaged = false
    }
    func fetch<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) throws -> Record? {
        try catalog[id: id].map(Self.copy)
    }
    func damage() { damaged = true }

    private static func copy<Value: Codable>(_ value: Value) throws -> Value {
        try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(value))
    }
}
