import Foundation
import Mestring
import MestringAdapterKit

/// Opening a file: the checks that make sure a store writes only into its own catalogues, and that
/// reading never writes.
extension SQLiteCatalogStore {
    /// How reader connections open the file at `path`, after checking that it is a database.
    ///
    /// A file in rollback-journal mode (what this release writes) is opened read-only with
    /// locks. A file in WAL mode (written by an earlier release or another tool) would make
    /// SQLite create `-wal` and `-shm` files beside it, which fails on read-only media; when no
    /// `-wal` file is there, no program has it open for writing, and it is read as immutable,
    /// without creating anything.
    static func readingMode(of path: String, shownAs name: String, busyTimeout: Duration) throws -> Database.Mode {
        _ = try FileContents.size(ofFileAt: URL(filePath: path), expecting: "a SQLite database file")
        let header = try Database(path: path, mode: .immutable, busyTimeout: busyTimeout).fileHeader
        try checkHeader(header, shownAs: name)
        return header.isWriteAheadLog && !FileManager.default.fileExists(atPath: path + "-wal") ? .immutable : .readOnly
    }

    /// Refuses a file that is not a SQLite database before SQLite parses it.
    private static func checkHeader(_ header: SQLiteFileHeader, shownAs name: String) throws {
        guard header.isDatabase else {
            throw StoreError(
                .malformedData,
                "the file is not a SQLite database (it does not start with SQLite's header); expected a Mestring catalogue database",
                file: name)
        }
    }

    /// Creates a missing database file complete with the catalogue schema, built beside the
    /// target and put in place in one step, so that a kill never leaves a half-made file. When
    /// another program creates the file at the same moment, its file is kept and used.
    static func createIfMissing(_ path: String, shownAs name: String) throws {
        let url = URL(filePath: path)
        if FileManager.default.fileExists(atPath: path) {
            _ = try FileContents.size(ofFileAt: url, expecting: "a SQLite database file")
            return
        }
        try AtomicWrite.file(at: url, replacingExisting: false) { staged in
            let database = try Database(path: staged.path, mode: .readWrite)
            try database.execute("PRAGMA journal_mode = DELETE")
            try database.execute("PRAGMA application_id = \(CatalogSchema.applicationID)")
            try CatalogSchema.migrator.migrate(database)
        }
    }

    /// Checks that the open file is a Mestring catalogue (or a database with nothing in it),
    /// before anything is written; then switches it to a rollback journal and upgrades its schema.
    static func prepare(_ database: Database, shownAs name: String) throws {
        if try FileContents.size(ofFileAt: URL(filePath: database.path), expecting: "a SQLite database file") > 0 {
            try checkHeader(database.fileHeader, shownAs: name)
        }
        try checkSchema(of: database, shownAs: name, readOnly: false)
        if try database.scalar("PRAGMA journal_mode")?.text != "delete" {
            // Checkpoints the WAL into the file and removes it: the file is self-contained from now on.
            try database.execute("PRAGMA journal_mode = DELETE")
        }
        try database.execute("PRAGMA synchronous = FULL")
        try CatalogSchema.migrator.migrate(database)
    }

    /// Checks what the file holds, reading only. A database with no tables at all becomes a
    /// catalogue when opened for writing; any other database that is not a Mestring catalogue is
    /// refused and left exactly as it was.
    static func checkSchema(of database: Database, shownAs name: String, readOnly: Bool) throws {
        let applicationID = try database.scalar("PRAGMA application_id")?.integer ?? 0
        let version = try CatalogSchema.migrator.version(of: database)
        let tableCount = try database.scalar("SELECT count(*) FROM sqlite_schema")?.integer ?? 0
        if applicationID == 0 && version == 0 && tableCount == 0 {
            guard !readOnly else {
                throw StoreError(
                    .malformedData, "the SQLite database holds no catalogue (it has no tables); `mestring new` starts an empty one",
                    file: name)
            }
            try database.execute("PRAGMA application_id = \(CatalogSchema.applicationID)")
            return
        }
        guard applicationID == CatalogSchema.applicationID else {
            throw StoreError(
                .malformedData, "the SQLite database belongs to another program, not Mestring; it was left unchanged", file: name)
        }
        let current = CatalogSchema.migrator.currentVersion
        if version > current {
            throw StoreError(.unsupportedVersion, MigrationError.newerSchema(found: version, known: current).description, file: name)
        }
        if readOnly && version < current {
            throw StoreError(
                .unsupportedVersion,
                "the database has schema version \(version) and needs an upgrade to \(current); open it for writing once",
                file: name)
        }
    }
}
