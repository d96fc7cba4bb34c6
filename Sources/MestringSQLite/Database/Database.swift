import CSQLite
import Foundation

/// One connection to a SQLite database file: the thin, careful layer the catalogue store is built on.
///
/// It opens the file with foreign keys on, caches prepared statements for reuse, binds every value
/// (nothing is pasted into SQL), runs transactions that roll back on any thrown error, and reports
/// failures as ``SQLiteError``. A connection is not thread-safe: use it from one thread or queue at a
/// time. ``SQLiteCatalogStore`` gives each connection its own serial queue.
///
/// ```swift
/// let database = try Database(path: "catalog.sqlite")
/// try database.inTransaction {
///     try database.execute("UPDATE offers SET capacity = ? WHERE id = ?", arguments: [14, "oslo-kols"])
/// }
/// ```
package final class Database {
    /// How a connection opens its file.
    package enum Mode: Sendable {
        /// Reading and writing; the file is created when missing.
        case readWrite
        /// Reading only; a missing file is an error.
        case readOnly
        /// Reading a file that nobody changes while it is open (a read-only medium, an archived
        /// copy): no locks and no `-wal`/`-shm` files are created, so it works where nothing can
        /// be written. A change by another program while it is open is not seen and can give
        /// wrong results.
        case immutable
    }

    let handle: OpaquePointer
    /// The path of the database file.
    package let path: String
    private var statements: [String: Statement] = [:]
    /// How long the connection waits for another connection's lock, in milliseconds.
    private let busyMilliseconds: Int32

    /// Opens (and, in ``Mode/readWrite``, creates) the database at `path`, with foreign keys on and
    /// a busy timeout so that a connection waits for another writer instead of failing at once.
    package init(path: String, mode: Mode = .readWrite, busyTimeout: Duration = .seconds(10)) throws {
        var handle: OpaquePointer?
        let access =
            switch mode {
            case .readWrite: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
            case .readOnly: SQLITE_OPEN_READONLY
            case .immutable: SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
            }
        let name = mode == .immutable ? Self.immutableURI(path) : path
        let code = sqlite3_open_v2(name, &handle, access | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nil)
        guard code == SQLITE_OK, let handle else {
            let error = SQLiteError(connection: handle, sql: nil)
            sqlite3_close_v2(handle)
            throw error
        }
        self.handle = handle
        self.path = path
        sqlite3_extended_result_codes(handle, 1)
        let milliseconds = busyTimeout.components.seconds * 1000 + busyTimeout.components.attoseconds / 1_000_000_000_000_000
        busyMilliseconds = Int32(clamping: milliseconds)
        sqlite3_busy_timeout(handle, busyMilliseconds)
        try execute("PRAGMA foreign_keys = ON")
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// `file:…?immutable=1` with the path percent-encoded, as SQLite's URI file names need.
    private static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path) + "?immutable=1"
    }

    // MARK: Statements

    /// A prepared statement for `sql`, kept for reuse: the second call with the same SQL costs no
    /// compilation. The statement comes back reset, with no bindings.
    package func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statements[sql] {
            statement.reset()
            return statement
        }
        let statement = try Statement(database: self, sql: sql)
        statements[sql] = statement
        return statement
    }

    /// A new prepared statement that is not cached, for SQL that runs once.
    package func makeStatement(_ sql: String) throws -> Statement { try Statement(database: self, sql: sql) }

    /// Runs one or more statements without arguments (schema changes, pragmas).
    package func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) }
            sqlite3_free(message)
            throw SQLiteError(extendedResultCode: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// Runs one statement with bound arguments.
    package func execute(_ sql: String, arguments: [SQLiteValue]) throws {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        try statement.execute()
    }

    /// Runs one query with bound arguments and returns every row as a list of values.
    package func rows(_ sql: String, arguments: [SQLiteValue] = []) throws -> [[SQLiteValue]] {
        let statement = try cachedStatement(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        var rows: [[SQLiteValue]] = []
        let count = statement.columnCount
        while try statement.step() {
            rows.append((0..<count).map { statement.value(at: $0) })
        }
        return rows
    }

    /// The first column of the first row of a query, or `nil` when there is no row.
    package func scalar(_ sql: String, arguments: [SQLiteValue] = []) throws -> SQLiteValue? {
        try rows(sql, arguments: arguments).first?.first
    }

    /// The rowid of the last row inserted on this connection.
    package var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The number of rows the last `INSERT`, `UPDATE` or `DELETE` changed.
    package var changedRowCount: Int { Int(sqlite3_changes64(handle)) }

    /// The number of rows changed by every `INSERT`, `UPDATE` and `DELETE` on this connection so
    /// far: a difference across a transaction tells that it changed something.
    package var totalChangedRowCount: Int { Int(sqlite3_total_changes64(handle)) }

    /// The first 100 bytes of the main database file, read through SQLite's own file handle
    /// (never a second descriptor, whose closing would drop this process's locks on the file).
    var fileHeader: SQLiteFileHeader {
        var pointer: UnsafeMutableRawPointer?
        guard sqlite3_file_control(handle, "main", SQLITE_FCNTL_FILE_POINTER, &pointer) == SQLITE_OK,
            let file = pointer?.assumingMemoryBound(to: sqlite3_file.self),
            let read = file.pointee.pMethods?.pointee.xRead
        else { return SQLiteFileHeader(bytes: []) }
        var bytes = [UInt8](repeating: 0, count: 100)
        let code = bytes.withUnsafeMutableBytes { read(file, $0.baseAddress, 100, 0) }
        // A short read fills the rest with zeros; a file shorter than a header is no database.
        return SQLiteFileHeader(bytes: code == SQLITE_OK ? bytes : [])
    }

    /// `true` while a transaction is open on this connection.
    package var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Runs `body` with the busy timeout off: a lock held by another connection fails at once
    /// with `SQLITE_BUSY` instead of being waited for.
    package func withoutWaiting<Result>(_ body: () throws -> Result) rethrows -> Result {
        sqlite3_busy_timeout(handle, 0)
        defer { sqlite3_busy_timeout(handle, busyMilliseconds) }
        return try body()
    }

    // MARK: Transactions

    /// How a transaction takes its locks.
    package enum TransactionKind: String, Sendable {
        /// Takes the read lock at the first read and the write lock at the first write.
        case deferred = "DEFERRED"
        /// Takes the write lock at once, so that a writer never fails halfway because another
        /// process wrote in between: the kind to use for every write.
        case immediate = "IMMEDIATE"
    }

    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws (and rethrows).
    @discardableResult
    package func inTransaction<Result>(_ kind: TransactionKind = .immediate, _ body: () throws -> Result) throws -> Result {
        try execute("BEGIN \(kind.rawValue) TRANSACTION")
        let result: Result
        do {
            result = try body()
        } catch {
            rollback()
            throw error
        }
        do {
            try execute("COMMIT TRANSACTION")
        } catch {
            rollback()
            throw error
        }
        return result
    }

    private func rollback() {
        if isInTransaction { try? execute("ROLLBACK TRANSACTION") }
    }
}
