import CSQLite

/// An error reported by SQLite, with everything needed to understand it and nothing that could
/// leak personal data.
///
/// ``SQLiteCatalogStore`` reports failures as ``Mestring/StoreError``s and keeps this error as their
/// `underlyingError`: match on its primary and extended result codes when the kind is not precise
/// enough, or log its SQL. It never carries the values bound to the statement: an offer's contact
/// person or a peer helper's phone number can be among them, and errors end up in logs. The SQL
/// itself holds no values, because the store binds every value.
///
/// ```swift
/// do {
///     try await store.upsert(offer)
/// } catch let error as StoreError {
///     if let sqlite = error.underlyingError as? SQLiteError, sqlite.resultCode == SQLITE_BUSY { print(sqlite.extendedResultCode) }
/// }
/// ```
public struct SQLiteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The primary result code (`SQLITE_CONSTRAINT`, `SQLITE_BUSY`…), the part to match on.
    public var resultCode: Int32
    /// The extended result code (`SQLITE_CONSTRAINT_FOREIGNKEY`…), for a precise diagnosis.
    public var extendedResultCode: Int32
    /// SQLite's explanation, e.g. `FOREIGN KEY constraint failed`.
    public var message: String
    /// The statement that failed, without its bound values.
    public var sql: String?

    /// Makes an error; the primary code is derived from the extended one.
    package init(extendedResultCode: Int32, message: String? = nil, sql: String? = nil) {
        self.extendedResultCode = extendedResultCode
        self.resultCode = extendedResultCode & 0xFF
        self.message = message ?? String(cString: sqlite3_errstr(extendedResultCode))
        self.sql = sql
    }

    /// The error of the last failed call on a connection.
    init(connection: OpaquePointer?, sql: String? = nil) {
        let code = connection.map { sqlite3_extended_errcode($0) } ?? SQLITE_ERROR
        let message = connection.map { String(cString: sqlite3_errmsg($0)) }
        self.init(extendedResultCode: code, message: message, sql: sql)
    }

    /// `SQLite error 19 (extended 787): FOREIGN KEY constraint failed; SQL: DELETE …`. Bound values
    /// are never shown.
    public var description: String {
        var text = "SQLite error \(resultCode)"
        if extendedResultCode != resultCode { text += " (extended \(extendedResultCode))" }
        text += ": " + message
        if let sql { text += "; SQL: " + sql }
        return text
    }
}
