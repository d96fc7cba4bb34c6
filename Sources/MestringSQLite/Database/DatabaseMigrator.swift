import CSQLite

/// Brings a database file's schema up to date, one identified migration at a time.
///
/// The schema version lives in `PRAGMA user_version`: migration *n* (1-based, in the order given)
/// turns version *n − 1* into version *n*. Opening a file made by an older release runs the missing
/// migrations in order, each in its own transaction, so an interrupted upgrade leaves the file at
/// the last complete version. A file whose version is higher than the last known migration was
/// made by a newer release and is refused, because this release cannot know what it holds.
///
/// Migrations are history: once released, a migration never changes; a schema change is a new
/// migration at the end.
///
/// ```swift
/// var migrator = DatabaseMigrator()
/// migrator.register("base schema") { db in try db.execute("CREATE TABLE offers (…)") }
/// migrator.register("full-text index") { db in try db.execute("CREATE VIRTUAL TABLE …") }
/// try migrator.migrate(database)
/// ```
package struct DatabaseMigrator: Sendable {
    /// One step of the schema's history.
    package struct Migration: Sendable {
        /// A name that says what the step does, shown in errors and ``appliedMigrations(in:)``.
        package var identifier: String
        /// Changes the schema (and data) from the previous version to this one.
        package var body: @Sendable (Database) throws -> Void
        /// Whether the step rebuilds tables (SQLite's only way to drop a `NOT NULL` constraint), so
        /// it runs with foreign keys off: dropping the old table must not cascade to its children.
        package var rebuildsTables: Bool
    }

    /// Every registered migration, in order; the schema version after migration `i` is `i + 1`.
    package private(set) var migrations: [Migration] = []

    /// An empty migrator.
    package init() {}

    /// Adds the next migration. With `rebuildsTables`, the step runs with foreign keys off, and
    /// every foreign key is checked before it commits (SQLite's procedure for changing a table's
    /// definition), so a rebuilt parent table neither deletes its children nor leaves them dangling.
    package mutating func register(
        _ identifier: String, rebuildsTables: Bool = false, _ body: @escaping @Sendable (Database) throws -> Void
    ) {
        migrations.append(Migration(identifier: identifier, body: body, rebuildsTables: rebuildsTables))
    }

    /// The schema version a fully migrated database has.
    package var currentVersion: Int { migrations.count }

    /// The schema version of a database file (0 for a new file).
    package func version(of database: Database) throws -> Int {
        try database.scalar("PRAGMA user_version")?.integer ?? 0
    }

    /// The identifiers of the migrations a database has had, in order.
    package func appliedMigrations(in database: Database) throws -> [String] {
        let version = try version(of: database)
        return migrations.prefix(version).map(\.identifier)
    }

    /// Runs the migrations the database has not had, up to `target` (default: all).
    /// - Throws: ``MigrationError/newerSchema(found:known:)`` for a file made by a newer release;
    ///   ``SQLiteError`` when a migration fails (that migration is rolled back).
    package func migrate(_ database: Database, upTo target: Int? = nil) throws {
        let target = min(target ?? currentVersion, currentVersion)
        let found = try version(of: database)
        guard found <= currentVersion else {
            throw MigrationError.newerSchema(found: found, known: currentVersion)
        }
        for version in found..<max(found, target) {
            let migration = migrations[version]
            // `PRAGMA foreign_keys` cannot change inside a transaction, so it is switched around it.
            if migration.rebuildsTables { try database.execute("PRAGMA foreign_keys = OFF") }
            defer { if migration.rebuildsTables { try? database.execute("PRAGMA foreign_keys = ON") } }
            try database.inTransaction(.immediate) {
                // Another process may have migrated while this one waited for the lock.
                guard try self.version(of: database) == version else { return }
                try migration.body(database)
                if migration.rebuildsTables, try database.scalar("PRAGMA foreign_key_check") != nil {
                    throw SQLiteError(
                        extendedResultCode: SQLITE_CONSTRAINT | (3 << 8),  // SQLITE_CONSTRAINT_FOREIGNKEY, a macro Swift does not import
                        message: "migration \"\(migration.identifier)\" would leave a foreign key unresolved")
                }
                try database.execute("PRAGMA user_version = \(version + 1)")
            }
        }
    }
}

/// Why a database file cannot be brought to the schema this release uses.
package enum MigrationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's schema version is newer than any this release knows: it was written by a newer
    /// release of Mestring, and opening it here could lose what that release stores.
    case newerSchema(found: Int, known: Int)

    /// The explanation shown to people, with both versions.
    package var description: String {
        switch self {
        case .newerSchema(let found, let known):
            "the database has schema version \(found), made by a newer release of Mestring; this release reads versions up to \(known)"
        }
    }
}
