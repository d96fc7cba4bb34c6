import CSQLite
import Foundation
import Mestring

/// A catalogue kept in one SQLite database file: record-level reads and writes, queries answered
/// by indexes and full-text search, and safe use from many tasks and several processes at once.
///
/// Pick it over the JSON or CSV stores when a catalogue is large (a national overview of 100,000
/// offers), when single offers change often, or when several programs share the catalogue. The
/// file is an ordinary SQLite 3 database with a documented, normalized schema (Documentation/
/// SQLite.md), readable with the `sqlite3` shell or any SQLite library.
///
/// - **Concurrency.** The file is in WAL mode. One writer connection serves every write, one at a
///   time and in order; up to four reader connections serve loads and queries at the same time,
///   each reading one consistent snapshot. Writes take SQLite's write lock at once
///   (`BEGIN IMMEDIATE`) and wait for another process's write for up to the busy timeout, so two
///   processes writing the same file neither corrupt it nor lose a write.
/// - **Schema.** Opening a file made by an older release upgrades it step by step; a file made by a
///   newer release is refused with ``Mestring/StoreError/Kind-swift.enum/unsupportedVersion``.
/// - **Repeated identifiers** are kept, in order, like ``Mestring/RecordCollection`` keeps them, so an import
///   loses nothing and validation can report them.
/// - **Errors** are ``Mestring/StoreError``s naming the file; messages never contain bound values.
///
/// ```swift
/// let store = try SQLiteCatalogStore(path: "katalog.sqlite")
/// try await store.save(catalog)
/// let hits = try await store.offers(matching: OfferQuery(municipalities: ["4601"], text: "pårørende"))
/// ```
public final class SQLiteCatalogStore: RecordStore {
    /// How the store opens its file.
    public enum Access: Sendable {
        /// Reading and writing; a missing file is created, an older schema is upgraded.
        case readWrite
        /// Reading only (`query`, `validate`): a missing file is ``Mestring/StoreError/Kind-swift.enum/notFound``,
        /// and `save`, `upsert` and `delete` throw ``Mestring/StoreError/Kind-swift.enum/readOnly``.
        case readOnly
    }

    /// The database file's path.
    public let path: String
    /// Whether the store may write.
    public let access: Access
    private let writer: SerializedDatabase?
    private let readers: ReaderPool

    /// The schema version this release writes: the number of migrations in its history.
    public static var schemaVersion: Int { CatalogSchema.migrator.currentVersion }

    /// Opens (and with ``Access/readWrite`` creates or upgrades) the catalogue database at `path`.
    /// - Parameters:
    ///   - path: the database file.
    ///   - access: ``Access/readWrite`` creates or upgrades the file; ``Access/readOnly`` never changes it.
    ///   - busyTimeout: how long a write waits for another process's write to finish.
    /// - Throws: ``Mestring/StoreError``: `.notFound` for a missing file opened read-only, `.unsupportedVersion`
    ///   for a file made by a newer release or an older one opened read-only, `.malformedData` for a
    ///   file that is not a Mestring catalogue, `.io` when the file cannot be opened.
    public init(path: String, access: Access = .readWrite, busyTimeout: Duration = .seconds(10)) throws {
        self.path = path
        self.access = access
        do {
            if access == .readOnly {
                guard FileManager.default.fileExists(atPath: path) else {
                    throw StoreError(.notFound, "the catalogue database does not exist", file: path)
                }
                writer = nil
                let probe = try Database(path: path, mode: .readOnly, busyTimeout: busyTimeout)
                try Self.checkSchema(of: probe, readOnly: true)
            } else {
                let database = try Database(path: path, mode: .readWrite, busyTimeout: busyTimeout)
                try Self.prepare(database)
                writer = SerializedDatabase(database, label: "mestring.sqlite.writer")
            }
        } catch let error as SQLiteError {
            throw error.storeError(file: path)
        }
        readers = ReaderPool(capacity: 4) {
            let database = try Database(path: path, mode: .readOnly, busyTimeout: busyTimeout)
            try database.execute("PRAGMA query_only = ON")
            // Memory-mapped reads share the operating system's page cache between the readers
            // instead of copying pages into each connection's small cache: a query that reads a
            // few hundred offers scattered over a large file runs about twice as fast.
            try database.execute("PRAGMA mmap_size = \(Self.readerMemoryMapBytes)")
            return database
        }
    }

    /// Opens the catalogue database at a file URL; see ``init(path:access:busyTimeout:)``.
    public convenience init(fileURL: URL, access: Access = .readWrite, busyTimeout: Duration = .seconds(10)) throws {
        try self.init(path: fileURL.path, access: access, busyTimeout: busyTimeout)
    }

    /// `.readWrite`, or `.read` for a store opened with ``Access/readOnly``.
    public var capabilities: StoreCapabilities { access == .readWrite ? .readWrite : .read }

    // MARK: Opening

    private static func prepare(_ database: Database) throws {
        try database.execute("PRAGMA journal_mode = WAL")
        try database.execute("PRAGMA synchronous = NORMAL")
        try checkSchema(of: database, readOnly: false)
        try CatalogSchema.migrator.migrate(database)
    }

    private static func checkSchema(of database: Database, readOnly: Bool) throws {
        let applicationID = try database.scalar("PRAGMA application_id")?.integer ?? 0
        let version = try CatalogSchema.migrator.version(of: database)
        let tableCount = try database.scalar("SELECT count(*) FROM sqlite_schema")?.integer ?? 0
        if applicationID == 0 && version == 0 && tableCount == 0 {
            guard !readOnly else {
                throw StoreError(.unsupportedVersion, "the database holds no catalogue yet; open it for writing first", file: database.path)
            }
            try database.execute("PRAGMA application_id = \(CatalogSchema.applicationID)")
            return
        }
        guard applicationID == CatalogSchema.applicationID else {
            throw StoreError(.malformedData, "the SQLite database is not a Mestring catalogue", file: database.path)
        }
        let current = CatalogSchema.migrator.currentVersion
        if version > current {
            throw StoreError(.unsupportedVersion, MigrationError.newerSchema(found: version, known: current).description, file: database.path)
        }
        if readOnly && version < current {
            throw StoreError(
                .unsupportedVersion,
                "the database has schema version \(version) and needs an upgrade to \(current); open it for writing once",
                file: database.path)
        }
    }

    // MARK: Running work

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction on the writer connection.
    /// - Parameter pageCacheKilobytes: a larger page cache for this transaction only: a bulk write
    ///   keeps every changed page in memory until the commit, so each is written to the WAL once
    ///   instead of again after every spill.
    private func write<Result: Sendable>(
        pageCacheKilobytes: Int? = nil, _ body: @escaping @Sendable (Database) throws -> Result
    ) async throws -> Result {
        guard let writer else { throw StoreError(.readOnly, "the catalogue database was opened read-only", file: path) }
        let path = self.path
        do {
            return try await writer.perform { database in
                if let pageCacheKilobytes { try database.execute("PRAGMA cache_size = -\(pageCacheKilobytes)") }
                defer { if pageCacheKilobytes != nil { try? database.execute("PRAGMA cache_size = -2000; PRAGMA shrink_memory") } }
                return try database.inTransaction(.immediate) { try body(database) }
            }
        } catch let error as SQLiteError {
            throw error.storeError(file: path)
        }
    }

    private func read<Result: Sendable>(_ body: @escaping @Sendable (Database) throws -> Result) async throws -> Result {
        do {
            return try await readers.read(body)
        } catch let error as SQLiteError {
            throw error.storeError(file: path)
        }
    }

    // MARK: CatalogStore

    /// Reads the whole catalogue as one consistent snapshot, even while another task or process writes.
    public func load() async throws -> Catalog {
        try await read { database in try CatalogTables.load(from: database) }
    }

    /// Replaces the whole catalogue in one transaction; when anything fails, the previous catalogue
    /// is kept.
    public func save(_ catalog: Catalog) async throws {
        try await write(pageCacheKilobytes: Self.bulkCacheKilobytes) { database in try CatalogTables.replace(with: catalog, in: database) }
    }

    /// How much of the file reader connections map into memory (SQLite's own upper limit).
    private static let readerMemoryMapBytes = 0x7FFF_0000

    /// The page cache of a whole-catalogue save, in KiB: enough for 100,000 offers.
    private static let bulkCacheKilobytes = 512 * 1024

    // MARK: RecordStore

    /// The first record of this type with the identifier, read through the `id` index.
    public func fetch<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) async throws -> Record? {
        let stored = try Self.stored(type)
        return try await read { database in try Self.fetch(stored, id: id.rawValue, from: database) as? Record }
    }

    /// Replaces the first record with the record's identifier at its position, or appends the
    /// record; one transaction, which also keeps the full-text index in step.
    public func upsert<Record: CatalogRecord>(_ record: Record) async throws {
        let stored = try Self.stored(Record.self)
        try await write { database in try Self.upsert(stored, record, in: database) }
    }

    /// Removes every record of this type with the identifier, with its lists; `true` when there was one.
    @discardableResult
    public func delete<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) async throws -> Bool {
        let stored = try Self.stored(type)
        return try await write { database in try Self.delete(stored, id: id.rawValue, in: database) }
    }

    /// The offers matching `query`, answered with indexes and FTS5 and exactly the set
    /// ``Mestring/Catalog/offers(matching:)`` gives (Documentation/SQLite.md explains how).
    public func offers(matching query: OfferQuery) async throws -> [Offer] {
        try await read { database in try OfferSearch(query: query).run(in: database) }
    }

    // MARK: Generic record access

    private static func stored<Record: CatalogRecord>(_ type: Record.Type) throws -> any StoredRecord.Type {
        guard let stored = type as? any StoredRecord.Type else {
            throw StoreError(.constraint, "the SQLite store does not keep records of type \(type)")
        }
        return stored
    }

    private static func fetch<Record: StoredRecord>(_ type: Record.Type, id: String, from database: Database) throws -> Record? {
        try Record.fetch(Record.ID(rawValue: id), from: database)
    }

    private static func upsert<Record: StoredRecord>(_ type: Record.Type, _ record: some CatalogRecord, in database: Database) throws {
        guard let record = record as? Record else { return }
        try Record.upsert(record, in: database)
    }

    private static func delete<Record: StoredRecord>(_ type: Record.Type, id: String, in database: Database) throws -> Bool {
        try Record.delete(Record.ID(rawValue: id), in: database)
    }
}
