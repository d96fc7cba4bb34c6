/// A store that keeps the catalogue in memory: for tests, previews, and as the reference every
/// other store is compared with.
///
/// ```swift
/// let store = InMemoryCatalogStore(catalog)
/// try await store.upsert(offer)
/// ```
public actor InMemoryCatalogStore: RecordStore {
    private var catalog: Catalog

    /// A store holding a catalogue, empty by default.
    public init(_ catalog: Catalog = Catalog()) { self.catalog = catalog }

    /// The catalogue held.
    public func load() -> Catalog { catalog }

    /// Replaces the catalogue held.
    public func save(_ catalog: Catalog) { self.catalog = catalog }

    /// The first record with the identifier.
    public func fetch<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) -> Record? {
        catalog[id: id]
    }

    /// Replaces the first record with the same identifier in place, or appends the record.
    public func upsert<Record: CatalogRecord>(_ record: Record) { catalog.upsert(record) }

    /// Removes every record with the identifier.
    @discardableResult
    public func delete<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) -> Bool {
        catalog.remove(type, id: id)
    }
}
