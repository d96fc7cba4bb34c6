/// Somewhere a whole catalogue can be loaded from and saved to: a JSON file, a CSV folder, a SQLite
/// database, or an integrator's own system.
///
/// This is the protocol to implement when writing an adapter; two methods make a store, and
/// `MestringConformance` proves it right.
///
/// Requirements for implementations:
/// - `load()` returns exactly what the last successful `save(_:)` was given: every field, and
///   records in the order given (including records with repeated identifiers, which validation
///   reports).
/// - `save(_:)` replaces the whole content, and is atomic: when it throws, or the process dies,
///   the previous content is still there.
/// - Failures are thrown as ``StoreError`` naming the file, line or row and field.
/// - The store may be used from several tasks at once.
///
/// ```swift
/// struct FeedStore: CatalogStore {
///     var capabilities: StoreCapabilities { .read }
///     func load() async throws -> Catalog { try Catalog(feed: await fetchFeed()) }
///     func save(_ catalog: Catalog) async throws { throw StoreError(.readOnly, "the feed is read-only") }
/// }
/// ```
public protocol CatalogStore: Sendable {
    /// What the store can do. Defaults to ``StoreCapabilities/readWrite``.
    var capabilities: StoreCapabilities { get }
    /// Reads the whole catalogue.
    func load() async throws -> Catalog
    /// Replaces the whole catalogue, atomically.
    func save(_ catalog: Catalog) async throws
}

extension CatalogStore {
    /// Stores read and write unless they say otherwise.
    public var capabilities: StoreCapabilities { .readWrite }
}
