/// A store that can read and change single records without rewriting the whole catalogue.
///
/// Requirements for implementations, on top of ``CatalogStore``'s:
/// - `fetch` returns the first record with the identifier, or `nil`.
/// - `upsert` replaces the first record with the same identifier in place (its position in
///   `load()` does not change), or appends a new one; `delete` removes every record with the
///   identifier and says whether there was one. Each is atomic.
/// - Concurrent calls from several tasks neither fail nor lose an update.
///
/// Answering an ``OfferQuery`` is ``CatalogStore``'s `offers(matching:)`: the reference meaning
/// by default, a store's own search when it has one.
public protocol RecordStore: CatalogStore {
    /// The first record of type `Record` with this identifier, or `nil`.
    func fetch<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) async throws -> Record?
    /// Replaces the first record with the same identifier in place, or appends the record; atomic.
    func upsert<Record: CatalogRecord>(_ record: Record) async throws
    /// Removes every record of type `Record` with this identifier; atomic.
    /// - Returns: `true` when there was such a record.
    @discardableResult
    func delete<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) async throws -> Bool
}
