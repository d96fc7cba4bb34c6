/// A ``RecordStore`` over a ``CatalogFile``: record changes read the file, change the catalogue and
/// write it back atomically, one operation at a time.
///
/// File formats cannot change one record in place, so each `upsert` or `delete` rewrites the file;
/// that suits catalogues of thousands of offers. For record-level work on large catalogues, use
/// the SQLite store. Record operations on a file that does not exist yet start from an empty
/// catalogue; `load()` of a missing file throws ``StoreError/Kind-swift.struct/notFound``.
public actor FileCatalogStore<File: CatalogFile>: RecordStore {
    /// The file this store reads and writes.
    public nonisolated let file: File

    /// A store over a catalogue file.
    public init(file: File) { self.file = file }

    /// The file's capabilities (a file that cannot be written makes a read-only store).
    /// `nonisolated`, as ``CatalogStore`` requires of an actor: capabilities never change.
    public nonisolated var capabilities: StoreCapabilities { file.capabilities }

    /// Reads the whole file; `.notFound` when it does not exist.
    public func load() throws -> Catalog { try file.read() }

    /// Replaces the file atomically.
    public func save(_ catalog: Catalog) throws { try file.write(catalog) }

    private func currentCatalog() throws -> Catalog {
        do {
            return try file.read()
        } catch let error as StoreError where error.kind == .notFound {
            return Catalog()
        }
    }

    /// Reads the file and returns the first record with the identifier.
    public func fetch<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) throws -> Record? {
        try currentCatalog()[id: id]
    }

    /// Reads the file, replaces or appends the record, and writes the file back atomically.
    public func upsert<Record: CatalogRecord>(_ record: Record) throws {
        var catalog = try currentCatalog()
        catalog.upsert(record)
        try file.write(catalog)
    }

    /// Reads the file, removes every record with the identifier, and writes the file back when
    /// one was removed.
    @discardableResult
    public func delete<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) throws -> Bool {
        var catalog = try currentCatalog()
        guard catalog.remove(type, id: id) else { return false }
        try file.write(catalog)
        return true
    }
}
