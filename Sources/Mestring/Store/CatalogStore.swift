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
/// - `offers(matching:)` is optional: by default it loads the catalogue and answers with the
///   reference meaning, ``Catalog/offers(matching:)``. A store with its own search (SQL indexes)
///   implements it, and must then give exactly the same offers in the same order; the
///   conformance suite checks that either way.
///
/// A store written as an `actor` declares `capabilities` `nonisolated`, because the requirement is
/// synchronous: `nonisolated var capabilities: StoreCapabilities { .read }`.
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
    /// The offers that match, exactly as ``Catalog/offers(matching:)`` gives them on the loaded
    /// catalogue, order included. Implement it only for a search of the store's own.
    func offers(matching query: OfferQuery) async throws -> [Offer]
}

extension CatalogStore {
    /// Stores read and write unless they say otherwise.
    public var capabilities: StoreCapabilities { .readWrite }

    /// The reference meaning over the whole catalogue: ``Catalog/offers(matching:)`` on `load()`.
    /// Exact by definition, and fast enough for file stores of thousands of offers.
    public func offers(matching query: OfferQuery) async throws -> [Offer] {
        try await load().offers(matching: query)
    }
}
