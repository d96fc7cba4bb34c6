/// One property every store must have; the conformance suite checks each separately so that a
/// test report names exactly what an adapter gets wrong.
///
/// Run them one by one as a parameterised test:
///
/// ```swift
/// @Test(arguments: ConformanceCheck.allCases)
/// func conformance(_ check: ConformanceCheck) async throws {
///     try await StoreConformance(makeStore: MyStore.seeded).verify(check)
/// }
/// ```
public enum ConformanceCheck: String, CaseIterable, Sendable, CustomStringConvertible {
    /// `load()` gives back every field of the fixture, records in order.
    case roundTrip
    /// An empty catalogue is kept as empty.
    case emptyCatalog
    /// `save(_:)` replaces everything: nothing of the previous content remains.
    case saveReplaces
    /// Records with a repeated identifier are kept in order, or refused with `.constraint` and nothing changed.
    case repeatedIdentifiers
    /// A read-only store refuses `save(_:)` with `.readOnly`.
    case readOnlyRefusesSave
    /// Corrupted data is reported as `.malformedData` with the file it is in.
    case malformedDataIsReported
    /// `fetch` finds every record by identifier, and `nil` for an unknown one.
    case fetch
    /// `upsert` appends a new record and replaces an existing one in place.
    case upsert
    /// `delete` removes a record and says whether there was one.
    case delete
    /// `offers(matching:)` gives exactly the reference answer, order included, for every fixture
    /// query: a store's own search (SQL indexes) or the default over `load()`.
    case query
    /// Many tasks at once lose no update and see no half-written catalogue: concurrent upserts for
    /// a ``Mestring/RecordStore``, concurrent saves and loads for a plain ``Mestring/CatalogStore``,
    /// concurrent loads for a read-only store.
    case concurrentUse

    /// The check's name, as test reports show it.
    public var description: String { rawValue }

    /// `true` for checks that need a ``Mestring/RecordStore``.
    public var needsRecordStore: Bool {
        switch self {
        case .fetch, .upsert, .delete: true
        default: false
        }
    }
}
