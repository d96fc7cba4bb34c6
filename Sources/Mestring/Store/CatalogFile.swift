/// A whole catalogue in one file or folder that is read and written in one go (JSON, CSV).
///
/// Adapters for file formats implement this small synchronous protocol and get a full
/// ``RecordStore`` from ``FileCatalogStore``. `write` must be atomic: write to a temporary file
/// beside the target and rename it over the target.
public protocol CatalogFile: Sendable {
    /// Reads the catalogue; throws ``StoreError`` (`.notFound` when the file does not exist).
    func read() throws -> Catalog
    /// Replaces the file's content atomically.
    func write(_ catalog: Catalog) throws
    /// What a store over this file can do; a file that `write` always refuses says `.read`, so
    /// that tools and the conformance suite know before they try. Defaults to
    /// ``StoreCapabilities/readWrite``.
    var capabilities: StoreCapabilities { get }
}

extension CatalogFile {
    /// Files are read and written unless they say otherwise.
    public var capabilities: StoreCapabilities { .readWrite }
}
