import CSQLite
import Mestring

extension SQLiteError {
    /// The ``Mestring/StoreError`` a store reports for this error: the kind follows the result
    /// code, and the message says in plain words what happened and what to do, with SQLite's code
    /// for a precise diagnosis (never bound values, never SQL).
    package func storeError(file: String) -> StoreError {
        storeError(file: file, busyTimeout: nil)
    }

    /// ``storeError(file:)``, naming the busy timeout the store waited for.
    func storeError(file: String, busyTimeout: Duration?) -> StoreError {
        let waited = busyTimeout.map { timeout in
            let milliseconds = timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000
            let shown = milliseconds % 1000 == 0 ? "\(milliseconds / 1000) s" : "\(milliseconds) ms"
            return " for \(shown) (the store's busy timeout)"
        } ?? ""
        let (kind, text): (StoreError.Kind, String) =
            switch resultCode {
            case SQLITE_CONSTRAINT: (.constraint, "the database refused the change: \(message)")
            case SQLITE_NOTADB: (.malformedData, "the file is not a SQLite database")
            case SQLITE_CORRUPT, SQLITE_FORMAT, SQLITE_MISMATCH:
                (.malformedData, "the database file is damaged; restore it from a backup")
            case SQLITE_BUSY, SQLITE_LOCKED:
                (.io, "the catalogue database is busy: another program held its lock\(waited); nothing was changed, try again")
            case SQLITE_FULL: (.io, "the disk is full; nothing was changed")
            case SQLITE_READONLY where extendedResultCode == SQLITE_READONLY | (3 << 8):  // SQLITE_READONLY_ROLLBACK
                (.readOnly, "an interrupted write must be rolled back first, which needs write access: open the catalogue once where it can be written")
            case SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH:
                (.readOnly, "the database cannot be written here (a read-only file, folder or file system)")
            case SQLITE_CANTOPEN: (.io, "cannot open the database file (its folder is missing or cannot be written)")
            case SQLITE_IOERR: (.io, "the disk refused a read or write")
            case SQLITE_NOMEM: (.io, "out of memory")
            default: (.io, "the database reported an error: \(message)")
            }
        return StoreError(kind, "\(text) (SQLite error \(extendedResultCode))", file: file, underlyingError: self)
    }
}
