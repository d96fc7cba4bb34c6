import CSQLite
import Foundation
import MestringAdapterKit

/// A prepared SQL statement: compiled once, then bound, stepped and reset many times.
///
/// Preparing is the expensive part of running SQL, so ``Database/cachedStatement(_:)`` keeps
/// statements for reuse; a bulk save of 100,000 offers prepares each insert once. Values are always
/// bound, never pasted into the SQL, so a title like `'); DROP TABLE offers; --` is stored as text.
/// Parameters and columns are numbered from 1 and 0 respectively, as in SQLite's C API.
///
/// A statement belongs to one ``Database`` and must only be used where that connection is used.
/// It keeps no reference to the ``Database`` object: errors are read from SQLite's own link from a
/// statement to its connection, and the connection is closed with `sqlite3_close_v2`, which keeps
/// the C connection alive until its last statement is finalized. So a statement can never point at
/// a freed connection, and statements cached by a connection form no reference cycle with it.
package final class Statement {
    let handle: OpaquePointer
    /// The SQL the statement was prepared from (without values).
    package let sql: String

    init(database: Database, sql: String) throws {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v3(database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw SQLiteError(connection: database.handle, sql: sql)
        }
        self.handle = handle
        self.sql = sql
    }

    /// The connection the statement was prepared on, as SQLite knows it, for error messages.
    private var connection: OpaquePointer? { sqlite3_db_handle(handle) }

    deinit { sqlite3_finalize(handle) }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw SQLiteError(connection: connection, sql: sql) }
    }

    // MARK: Binding

    /// Binds an integer to the 1-based parameter `index`.
    package func bind(_ value: Int, at index: Int32) throws { try check(sqlite3_bind_int64(handle, index, Int64(value))) }

    /// Binds a 64-bit integer (a row position) to the 1-based parameter `index`.
    package func bind(_ value: Int64, at index: Int32) throws { try check(sqlite3_bind_int64(handle, index, value)) }

    /// Binds a number to the 1-based parameter `index`.
    package func bind(_ value: Double, at index: Int32) throws { try check(sqlite3_bind_double(handle, index, value)) }

    /// Binds a truth value as 0 or 1, the way SQLite stores booleans.
    package func bind(_ value: Bool, at index: Int32) throws { try check(sqlite3_bind_int64(handle, index, value ? 1 : 0)) }

    /// Binds text; SQLite copies it, so the string need not outlive the call.
    package func bind(_ value: String, at index: Int32) throws {
        var text = value
        let code = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                guard let start = characters.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, Self.transient) }
                return sqlite3_bind_text(handle, index, start, Int32(characters.count), Self.transient)
            }
        }
        try check(code)
    }

    /// Binds UTF-8 bytes as text (JSON built as bytes), without making a `String` first.
    package func bind(utf8 bytes: [UInt8], at index: Int32) throws {
        guard !bytes.isEmpty else { return try bind("", at: index) }
        let code = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                sqlite3_bind_text(handle, index, characters.baseAddress, Int32(characters.count), Self.transient)
            }
        }
        try check(code)
    }

    /// Binds bytes as a blob.
    package func bind(_ value: Data, at index: Int32) throws {
        let code = value.withUnsafeBytes { bytes in
            sqlite3_bind_blob(handle, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), Self.transient)
        }
        try check(code)
    }

    /// Binds SQL `NULL`.
    package func bindNull(at index: Int32) throws { try check(sqlite3_bind_null(handle, index)) }

    /// Binds an optional integer; `nil` becomes `NULL`.
    package func bind(_ value: Int?, at index: Int32) throws {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// Binds an optional truth value; `nil` becomes `NULL`, so "not stated" stays distinct from `false`.
    package func bind(_ value: Bool?, at index: Int32) throws {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// Binds optional text; `nil` becomes `NULL`.
    package func bind(_ value: String?, at index: Int32) throws {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// Binds any ``SQLiteValue``.
    package func bind(_ value: SQLiteValue, at index: Int32) throws {
        switch value {
        case .null: try bindNull(at: index)
        case .integer(let integer): try bind(integer, at: index)
        case .real(let real): try bind(real, at: index)
        case .text(let text): try bind(text, at: index)
        case .blob(let blob): try bind(blob, at: index)
        }
    }

    /// Binds `arguments` to parameters 1, 2, 3… in order.
    package func bind(_ arguments: [SQLiteValue]) throws {
        for (offset, argument) in arguments.enumerated() { try bind(argument, at: Int32(offset + 1)) }
    }

    // MARK: Running

    /// Advances to the next row: `true` when a row is available, `false` when the statement is done.
    package func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = SQLiteError(connection: connection, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Runs the statement to completion, ignoring any rows.
    package func execute() throws {
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Makes the statement ready to run again and forgets its bindings.
    package func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    // MARK: Reading the current row

    /// `true` when the 0-based column of the current row is `NULL`.
    package func isNull(at column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    /// The integer in a column (0 for `NULL`).
    package func int(at column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    /// The 64-bit integer in a column (0 for `NULL`).
    package func int64(at column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    /// The number in a column (0 for `NULL`).
    package func double(at column: Int32) -> Double { sqlite3_column_double(handle, column) }

    /// The truth value in a column: anything but 0 is `true`.
    package func bool(at column: Int32) -> Bool { sqlite3_column_int64(handle, column) != 0 }

    /// The text in a column (empty for `NULL`).
    package func string(at column: Int32) -> String {
        guard let text = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return UTF8Sequence.string(UnsafeBufferPointer(start: text, count: count))
    }

    /// The UTF-8 bytes of the text in a column, read in place (no `String` is made); `nil` for
    /// `NULL`. The bytes are valid only inside `body`.
    package func withText<Result>(at column: Int32, _ body: (UnsafeBufferPointer<UInt8>?) throws -> Result) rethrows -> Result {
        guard let text = sqlite3_column_text(handle, column) else { return try body(nil) }
        return try body(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column))))
    }

    /// The bytes in a column (empty for `NULL`).
    package func data(at column: Int32) -> Data {
        guard let bytes = sqlite3_column_blob(handle, column) else { return Data() }
        return Data(bytes: bytes, count: Int(sqlite3_column_bytes(handle, column)))
    }

    /// The integer in a column, or `nil` for `NULL`.
    package func optionalInt(at column: Int32) -> Int? { isNull(at: column) ? nil : int(at: column) }

    /// The truth value in a column, or `nil` for `NULL`.
    package func optionalBool(at column: Int32) -> Bool? { isNull(at: column) ? nil : bool(at: column) }

    /// The text in a column, or `nil` for `NULL`.
    package func optionalString(at column: Int32) -> String? { isNull(at: column) ? nil : string(at: column) }

    /// The value in a column, whatever its type.
    package func value(at column: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: .integer(int(at: column))
        case SQLITE_FLOAT: .real(double(at: column))
        case SQLITE_TEXT: .text(string(at: column))
        case SQLITE_BLOB: .blob(data(at: column))
        default: .null
        }
    }

    /// The number of columns in a result row.
    package var columnCount: Int32 { sqlite3_column_count(handle) }
}
