import CSQLite
import Foundation
import Mestring
import MestringAdapterKit

/// A catalogue kept in one SQLite database file: record-level reads and writes, queries answered
/// by indexes and full-text search, and safe use from many tasks and several processes at once.
///
/// Pick it over the JSON or CSV stores when a catalogue is large (a national overview of 100,000
/// offers), when single offers change often, or when several programs share the catalogue. The
/// file is an ordinary SQLite 3 database with a documented schema (Documentation/
/// SQLite.md), readable with the `sqlite3` shell or any SQLite library.
///
/// - **One self-contained file.** The store writes with a rollback journal (`journal_mode =
///   DELETE`, `synchronous = FULL`): once a write commits, the `.sqlite` file alone holds the whole
///   catalogue, with no `-wal` or `-shm` beside it to copy along. A new file is built beside the
///   target and renamed into place, so a killed first write leaves no half-made catalogue.
/// - **Reading never writes.** ``Access/readOnly`` opens the file read-only and changes no byte of
///   it, also on read-only media; a file that is not a Mestring catalogue is refused untouched.
/// - **Concurrency.** One writer connection serves every write, one at a time and in order; up to
///   four reader connections serve loads and queries at the same time, each reading one consistent
///   snapshot. Writes take SQLite's write lock at once (`BEGIN IMMEDIATE`) and wait for another
///   program's lock for up to ``busyTimeout``, then fail with a clear "busy" error. A whole-catalogue
///   ``save(_:)`` refuses with ``Mestring/StoreError/Kind-swift.struct/conflict`` when another program
///   saved since this store loaded, so no save silently overwrites another.
/// - **Schema.** Opening a file made by an older release upgrades it step by step; a file made by a
///   newer release is refused with ``Mestring/StoreError/Kind-swift.struct/unsupportedVersion``.
/// - **Repeated identifiers** are kept, in order, like ``Mestring/RecordCollection`` keeps them, so an import
///   loses nothing and validation can report them.
/// - **Errors** are ``Mestring/StoreError``s naming the file; messages never contain bound values.
///
/// ```swift
/// let store = try SQLiteCatalogStore(path: "katalog.sqlite")
/// try await store.save(catalog)
/// let hits = try await store.offers(matching: OfferQuery(municipalities: ["4601"], text: "pårørende"))
/// ```
public final class SQLiteCatalogStore: RecordStore, StreamingCatalogStore {
    /// How the store opens its file.
    public enum Access: Sendable {
        /// Reading and writing; a missing file is created, an older schema is upgraded.
        case readWrite
        /// Reading only (`query`, `validate`): a missing file is ``Mestring/StoreError/Kind-swift.struct/notFound``,
        /// and `save`, `upsert` and `delete` throw ``Mestring/StoreError/Kind-swift.struct/readOnly``.
        case readOnly
    }

    /// The database file's path, as given.
    public let path: String
    /// Whether the store may write.
    public let access: Access
    /// How long a read or write waits for another program's lock before it fails.
    public let busyTimeout: Duration
    private let writer: SerializedDatabase?
    private let readers: ReaderPool
    private let revision: SaveRevision
    /// The file that is read and written: `path`, or what it links to.
    private let resolvedPath: String

    /// The schema version this release writes: the number of migrations in its history.
    public static var schemaVersion: Int { CatalogSchema.migrator.currentVersion }

    /// Opens (and with ``Access/readWrite`` creates or upgrades) the catalogue database at `path`.
    /// - Parameters:
    ///   - path: the database file; a symbolic link is followed.
    ///   - access: ``Access/readWrite`` creates or upgrades the file; ``Access/readOnly`` never
    ///     writes a byte, and also reads from read-only media.
    ///   - busyTimeout: how long a read or write waits for another program's lock before it fails
    ///     with a "busy" ``Mestring/StoreError/Kind-swift.struct/io`` error.
    /// - Throws: ``Mestring/StoreError``: `.notFound` for a missing file opened read-only,
    ///   `.unsupportedVersion` for a file made by a newer release or an older one opened read-only,
    ///   `.malformedData` for a file that is not a Mestring catalogue (another program's database,
    ///   which is left untouched, a file of another type, an empty file opened read-only, a
    ///   folder), `.io` when the file cannot be opened.
    public init(path: String, access: Access = .readWrite, busyTimeout: Duration = .seconds(10)) throws {
        self.path = path
        self.access = access
        self.busyTimeout = busyTimeout
        let resolved = try AtomicWrite.destination(of: URL(filePath: path)).path
        resolvedPath = resolved
        let readerMode: Database.Mode
        do {
            if access == .readOnly {
                readerMode = try Self.readingMode(of: resolved, shownAs: path, busyTimeout: busyTimeout)
                writer = nil
                let probe = try Database(path: resolved, mode: readerMode, busyTimeout: busyTimeout)
                try Self.checkSchema(of: probe, shownAs: path, readOnly: true)
                revision = SaveRevision(nil)
            } else {
                try Self.createIfMissing(resolved, shownAs: path)
                let database = try Database(path: resolved, mode: .readWrite, busyTimeout: busyTimeout)
                try Self.prepare(database, shownAs: path)
                revision = SaveRevision(database.fileHeader.changeCounter)
                writer = SerializedDatabase(database, label: "mestring.sqlite.writer")
                readerMode = .readOnly
            }
        } catch let error as SQLiteError {
            throw error.storeError(file: path, busyTimeout: busyTimeout)
        }
        readers = ReaderPool(capacity: 4) {
            let database = try Database(path: resolved, mode: readerMode, busyTimeout: busyTimeout)
            // The connection's own function, never in the file.
            try RelevanceFunction.register(on: database)
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

    // MARK: Running work

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction on the writer connection, and keeps the
    /// store's revision in step with its own commits.
    /// - Parameters:
    ///   - pageCacheKilobytes: a larger page cache for this transaction only: a bulk write
    ///     keeps every changed page in memory until the commit, so each is written once, and
    ///     readers are held up only while the commit itself writes.
    ///   - replacesEverything: `true` for a whole-catalogue save, which refuses when another
    ///     program changed the file since this store opened, loaded or saved it.
    private func write<Result: Sendable>(
        pageCacheKilobytes: Int? = nil, replacesEverything: Bool = false,
        _ body: @escaping @Sendable (Database) throws -> Result
    ) async throws -> Result {
        guard let writer else { throw StoreError(.readOnly, "the catalogue database was opened read-only", file: path) }
        let (path, revision) = (self.path, self.revision)
        do {
            return try await writer.perform { database in
                if let pageCacheKilobytes { try database.execute("PRAGMA cache_size = -\(pageCacheKilobytes)") }
                defer { if pageCacheKilobytes != nil { try? database.execute("PRAGMA cache_size = -2000; PRAGMA shrink_memory") } }
                let changesBefore = database.totalChangedRowCount
                var before: UInt32?
                let result = try database.inTransaction(.immediate) {
                    // The write lock is held: no other program can commit until this one ends.
                    before = database.fileHeader.changeCounter
                    if replacesEverything && !revision.isCurrent(before) {
                        throw StoreError(
                            .conflict,
                            "another program saved the catalogue after this one opened or loaded it; nothing was written, "
                                + "so that program's changes are kept. Load the catalogue again, make your changes and save",
                            file: path)
                    }
                    return try body(database)
                }
                if database.totalChangedRowCount != changesBefore { revision.committed(after: before) }
                return result
            }
        } catch let error as SQLiteError {
            throw error.storeError(file: path, busyTimeout: busyTimeout)
        }
    }

    private func read<Result: Sendable>(_ body: @escaping @Sendable (Database) throws -> Result) async throws -> Result {
        do {
            return try await readers.read(body)
        } catch let error as SQLiteError {
            throw error.storeError(file: path, busyTimeout: busyTimeout)
        }
    }

    // MARK: CatalogStore

    /// Reads the whole catalogue as one consistent snapshot, even while another task or process
    /// writes; a later ``save(_:)`` replaces exactly this state.
    public func load() async throws -> Catalog {
        let (revision, readers) = (self.revision, self.readers)
        return try await read { database in
            let catalog = try CatalogTables.load(from: database, alongside: readers)
            // Still inside the read transaction: no commit can come between the load and this.
            revision.loaded(database.fileHeader.changeCounter)
            return catalog
        }
    }

    /// Replaces the whole catalogue in one transaction; when anything fails, the previous catalogue
    /// is kept.
    ///
    /// When another program saved or changed the file after this store was opened or last loaded
    /// or saved it, the save is refused with ``Mestring/StoreError/Kind-swift.struct/conflict`` and
    /// nothing is written: replacing the catalogue then would silently throw that program's
    /// changes away. Load again, reapply, save. (Record-level ``upsert(_:)`` and ``delete(_:id:)``
    /// change single records and never conflict.)
    public func save(_ catalog: Catalog) async throws {
        try await replaceAll(with: catalog, pageCacheKilobytes: Self.bulkCacheKilobytes)
    }

    /// Replaces the whole catalogue with what `source` hands over, record by record as it comes, in
    /// one transaction: exactly what ``save(_:)`` of the loaded catalogue writes, without the
    /// catalogue being held whole (`mestring convert katalog.json katalog.sqlite`).
    ///
    /// When the source throws (a broken record at the end of a file), nothing is written and the
    /// source's error reaches the caller unchanged; a conflict is refused as ``save(_:)`` refuses it.
    ///
    /// Its page cache is small (``streamingCacheKilobytes``): SQLite writes pages to the file as
    /// the cache fills instead of keeping the whole new database in memory until the commit.
    public func save(from source: some CatalogRecordSource) async throws {
        try await replaceAll(with: source, pageCacheKilobytes: Self.streamingCacheKilobytes)
    }

    private func replaceAll(with source: some CatalogRecordSource, pageCacheKilobytes: Int) async throws {
        try await write(pageCacheKilobytes: pageCacheKilobytes, replacesEverything: true) { database in
            try CatalogTables.replace(with: source, in: database)
        }
    }

    /// Runs `body` in one write transaction on the writer connection: every record it writes is
    /// committed together, or nothing when it throws. For merges that read and write many records
    /// (an import into an existing catalogue), so that no other program's write comes between.
    ///
    /// The closure borrows a ``SQLiteTransaction``, which cannot escape it; the connection itself
    /// is never handed out.
    /// - Throws: what `body` throws; ``Mestring/StoreError`` when the store is read-only or the
    ///   database refuses.
    public func inTransaction<Result: Sendable>(
        _ body: @escaping @Sendable (borrowing SQLiteTransaction) throws -> Result
    ) async throws -> Result {
        try await write(pageCacheKilobytes: Self.bulkCacheKilobytes) { database in try body(SQLiteTransaction(database)) }
    }

    /// How much of the file reader connections map into memory (SQLite's own upper limit).
    private static let readerMemoryMapBytes = 0x7FFF_0000

    /// The page cache of a whole-catalogue save, in KiB: enough for 100,000 offers.
    private static let bulkCacheKilobytes = 512 * 1024

    /// The page cache of a record-by-record save, in KiB. A save from a source is there to keep
    /// memory low: the cache of a whole-catalogue save would hold the whole new database (about
    /// 200 MB for 100,000 offers) beside the file being read. Converting the 200 MB benchmark file
    /// peaked at 306 MB with this cache and 469 MB with the bulk one, in the same processor time.
    private static let streamingCacheKilobytes = 32 * 1024

    // MARK: RecordStore

    /// The first record of this type with the identifier, read through the `id` index.
    public func fetch<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) async throws -> Record? {
        try await read { database in try SQLiteTransaction(database).fetch(type, id: id) }
    }

    /// Replaces the first record with the record's identifier at its position, or appends the
    /// record; one transaction, which also keeps the full-text index in step.
    public func upsert<Record: CatalogRecord>(_ record: Record) async throws {
        try await write { database in try SQLiteTransaction(database).upsert(record) }
    }

    /// Removes every record of this type with the identifier, with its lists; `true` when there was one.
    @discardableResult
    public func delete<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) async throws -> Bool {
        try await write { database in try SQLiteTransaction(database).delete(type, id: id) }
    }

    /// The offers matching `query`, answered with indexes and FTS5 and exactly the set
    /// ``Mestring/Catalog/offers(matching:)`` gives (Documentation/SQLite.md explains how).
    public func offers(matching query: OfferQuery) async throws -> [Offer] {
        let readers = self.readers
        return try await read { database in try OfferSearch(query: query).run(in: database, alongside: readers) }
    }

    /// Which offers match `query`, in the order of ``offers(matching:)``, without reading them
    /// whole: the count and identifiers at once, each page of offers when it is shown
    /// (``OfferMatches/offers(in:)``). A search page of 20 out of thousands of hits needs no more.
    /// - Throws: ``Mestring/StoreError`` when the file cannot be read.
    public func matches(for query: OfferQuery) async throws -> OfferMatches {
        let found = try await read { database in try OfferSearch(query: query).matches(in: database) }
        return OfferMatches(query: query, matches: found, store: self)
    }

    /// The offers stored at `positions`, in that order; a position no longer used is left out.
    func offers(at positions: [Int64]) async throws -> [Offer] {
        let readers = self.readers
        return try await read { database in try Offer.read(at: positions, from: database, alongside: readers) }
    }
}
