/// Which records of a kind to read: all of them (``SQLiteCatalogStore/load()``) or those at some
/// positions (a fetch, or the offers a query found).
///
/// Positions are bound as one JSON array and expanded with `json_each`, so the SQL stays the same
/// for any number of records and its prepared statement is reused.
enum RecordScope {
    case all
    case positions([Int64])

    /// `WHERE column IN (…)`, or nothing for every record.
    func filter(_ column: String) -> String {
        switch self {
        case .all: ""
        case .positions: " WHERE \(column) IN (SELECT value FROM json_each(?1))"
        }
    }

    func bind(to statement: Statement) throws {
        guard case .positions(let positions) = self else { return }
        try statement.bind("[" + positions.map(String.init).joined(separator: ",") + "]", at: 1)
    }
}

/// The position of a child row under its owner, for lists nested in lists (an involvement's phases).
struct ChildKey: Hashable {
    var owner: Int64
    var position: Int64
}

extension Database {
    /// Reads the rows of a child table for the records in `scope`, grouped by owner (the first
    /// selected column) in stored order. `select` is `SELECT owner, … FROM table` without filter.
    func children<Child>(
        _ select: String, table: String, owner: String, orderBy order: String, columns: [String], scope: RecordScope,
        read: (inout RowReader) throws -> Child
    ) throws -> [Int64: [Child]] {
        let statement = try cachedStatement(select + scope.filter(owner) + " ORDER BY " + order)
        defer { statement.reset() }
        try scope.bind(to: statement)
        var grouped: [Int64: [Child]] = [:]
        while try statement.step() {
            var row = RowReader(statement, table: table, columns: columns, file: path)
            let ownerPosition = row.int64()
            grouped[ownerPosition, default: []].append(try read(&row))
        }
        return grouped
    }

    /// Like ``children(_:table:owner:orderBy:columns:scope:read:)`` for a list nested in a child
    /// list: rows are grouped by owner and the position of their parent row (the second column).
    func grandchildren<Child>(
        _ select: String, table: String, owner: String, orderBy order: String, columns: [String], scope: RecordScope,
        read: (inout RowReader) throws -> Child
    ) throws -> [ChildKey: [Child]] {
        let statement = try cachedStatement(select + scope.filter(owner) + " ORDER BY " + order)
        defer { statement.reset() }
        try scope.bind(to: statement)
        var grouped: [ChildKey: [Child]] = [:]
        while try statement.step() {
            var row = RowReader(statement, table: table, columns: columns, file: path)
            let key = ChildKey(owner: row.int64(), position: row.int64())
            grouped[key, default: []].append(try read(&row))
        }
        return grouped
    }

    /// Inserts one row of a child list: `(owner, position, values…)`.
    func insertChild(_ sql: String, owner: Int64, position: Int, _ bindValues: (inout RowWriter) throws -> Void) throws {
        let statement = try cachedStatement(sql)
        var row = RowWriter(statement)
        try row.add(owner as Int64?)
        try row.add(position)
        try bindValues(&row)
        try statement.execute()
    }
}
