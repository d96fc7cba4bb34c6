/// A store that keeps the catalogue in memory: for tests, previews, and as the reference every
/// other store is compared with.
///
/// ```swift
/// let store = InMemoryCatalogStore(catalog)
/// try await store.upsert(offer)
/// ```
public actor InMemoryCatalogStore: RecordStore {
    private var catalog: Catalog

    public init(_ catalog: Catalog = Catalog()) { self.catalog = catalog }

    public func load() -> Catalog { catalog }

    public func save(_ catalog: Catalog) { self.catalog = catalog }

    public func fetch<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) -> Record? {
        catalog[id: id]
    }

    public func upsert<Record: CatalogRecord>(_ record: Record) { catalog.upsert(record) }

    @discardableResult
    public func delete<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) -> Bool {
        catalog.remove(type, id: id)
    }

    public func offers(matching query: OfferQuery) -> [Offer] { catalog.offers(matching: query) }
}
