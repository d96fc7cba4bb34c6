/// A store that can read and change single records without rewriting the whole catalogue, and
/// answer an ``OfferQuery`` itself (e.g. with SQL indexes).
///
/// Requirements for implementations, on top of ``CatalogStore``'s:
/// - `fetch` returns the first record with the identifier, or `nil`.
/// - `upsert` replaces the first record with the same identifier in place (its position in
///   `load()` does not change), or appends a new one; `delete` removes every record with the
///   identifier and says whether there was one. Each is atomic.
/// - `offers(matching:)` gives exactly what ``Catalog/offers(matching:)`` gives on the loaded
///   catalogue (for relevance ordering: the same set).
/// - Concurrent calls from several tasks neither fail nor lose an update.
public protocol RecordStore: CatalogStore {
    /// The first record of type `Record` with this identifier, or `nil`.
    func fetch<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) async throws -> Record?
    /// Replaces the first record with the same identifier in place, or appends the record; atomic.
    func upsert<Record: CatalogRecord>(_ record: Record) async throws
    /// Removes every record of type `Record` with this identifier; atomic.
    /// - Returns: `true` when there was such a record.
    @discardableResult
    func delete<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) async throws -> Bool
    /// The offers that match, exactly as ``Catalog/offers(matching:)`` gives them on the loaded
    /// catalogue (for relevance ordering: the same set).
    func offers(matching query: OfferQuery) async throws -> [Offer]
}
