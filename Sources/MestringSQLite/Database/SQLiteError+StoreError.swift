import CSQLite
import Mestring

extension SQLiteError {
    /// The ``Mestring/StoreError`` a store reports for this error: the kind follows the result code, and the
    /// message keeps SQLite's explanation and the SQL (which holds no values).
    public func storeError(file: String) -> StoreError {
        let kind: StoreError.Kind =
            switch resultCode {
            case SQLITE_CONSTRAINT: .constraint
            case SQLITE_NOTADB, SQLITE_CORRUPT, SQLITE_MISMATCH, SQLITE_FORMAT: .malformedData
            case SQLITE_READONLY: .readOnly
            case SQLITE_CANTOPEN: .notFound
            default: .io
            }
        return StoreError(kind, description, file: file, underlyingError: self)
    }
}
