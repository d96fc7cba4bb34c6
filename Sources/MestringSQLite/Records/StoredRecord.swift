import Mestring

/// How one kind of catalogue record is kept in SQLite: its table, how a record is written into it
/// and its child tables, and how records are read back.
///
/// The four record types conform; the store's generic `fetch`, `upsert` and `delete` open the
/// record type to this protocol. Positions are the `position` column (the table's rowid): they keep
/// records in the order they were saved, and child rows point to them.
protocol StoredRecord: CatalogRecord {
    /// The record kind's main table.
    static var table: String { get }
    /// Writes the record and its lists at `position` (`nil`: after every existing record) and
    /// returns the position used.
    @discardableResult
    static func insert(_ record: Self, at position: Int64?, into database: Database) throws -> Int64
    /// Reads the records in `scope`, in position order.
    static func read(_ scope: RecordScope, from database: Database) throws -> [Self]
    /// Keeps derived indexes (full text) in step after a single record was inserted.
    static func didInsert(at position: Int64, in database: Database) throws
    /// Keeps derived indexes in step before a single record is deleted.
    static func willDelete(at position: Int64, in database: Database) throws
}

extension StoredRecord {
    static func didInsert(at position: Int64, in database: Database) throws {}
    static func willDelete(at position: Int64, in database: Database) throws {}

    /// The positions of every record with this identifier, first first.
    static func positions(of id: ID, in database: Database) throws -> [Int64] {
        let statement = try database.cachedStatement("SELECT position FROM \(table) WHERE id = ?1 ORDER BY position")
        defer { statement.reset() }
        try statement.bind(id.rawValue, at: 1)
        var positions: [Int64] = []
        while try statement.step() { positions.append(statement.int64(at: 0)) }
        return positions
    }

    /// The first record with this identifier.
    static func fetch(_ id: ID, from database: Database) throws -> Self? {
        guard let position = try positions(of: id, in: database).first else { return nil }
        return try read(.positions([position]), from: database).first
    }

    /// Replaces the first record with the record's identifier in place, or appends it.
    static func upsert(_ record: Self, in database: Database) throws {
        let position = try positions(of: record.id, in: database).first
        if let position { try delete(at: position, in: database) }
        let inserted = try insert(record, at: position, into: database)
        try didInsert(at: inserted, in: database)
    }

    /// Deletes every record with this identifier; `true` when there was one.
    static func delete(_ id: ID, in database: Database) throws -> Bool {
        let positions = try positions(of: id, in: database)
        for position in positions { try delete(at: position, in: database) }
        return !positions.isEmpty
    }

    private static func delete(at position: Int64, in database: Database) throws {
        try willDelete(at: position, in: database)
        let statement = try database.cachedStatement("DELETE FROM \(table) WHERE position = ?1")
        try statement.bind(position, at: 1)
        try statement.execute()
    }
}
