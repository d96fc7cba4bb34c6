/// What a store can do, so that tools and the conformance suite know what to expect of it.
///
/// A read-only store over a municipality's web feed has `[.read]`; its `save` throws
/// ``StoreError/Kind-swift.struct/readOnly``.
public struct StoreCapabilities: OptionSet, Hashable, Sendable {
    /// The set as bits; use the named capabilities instead.
    public let rawValue: Int
    /// A set from its bits; use the named capabilities instead.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `load()` works.
    public static let read = StoreCapabilities(rawValue: 1 << 0)
    /// `save(_:)` (and, for a ``RecordStore``, `upsert` and `delete`) work.
    public static let write = StoreCapabilities(rawValue: 1 << 1)

    /// Reading and writing, as file and database stores do.
    public static let readWrite: StoreCapabilities = [.read, .write]
}
