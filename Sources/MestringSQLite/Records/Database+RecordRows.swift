/// Reading and writing the rows of record tables and their child tables.
extension Database {
    /// Reads the main-table rows of the records in `scope`, in position order; `read` gets the row
    /// after its first column, the position.
    func records<Record>(
        _ select: String, table: String, columns: [String], scope: RecordScope,
        read: (inout RowReader, _ position: Int64) throws -> Record
    ) throws -> [Record] {
        var records: [Record] = []
        // Records are large values: growing the array step by step would copy 100,000 of them
        // several times. The last position bounds the count.
        switch scope {
        case .all: records.reserveCapacity(try scalar("SELECT max(position) FROM \(table)")?.integer ?? 0)
        case .range, .positions: break
        }
        try eachRecordRow(select, table: table, columns: columns, scope: scope) { row, position in
            records.append(try read(&row, position))
        }
        return records
    }

    /// Calls `body` with the main-table row of each record in `scope`, in position order, read
    /// from after its first column, the position.
    func eachRecordRow(
        _ select: String, table: String, columns: [String], scope: RecordScope,
        _ body: (inout RowReader, _ position: Int64) throws -> Void
    ) throws {
        try eachRow(select, owner: "position", orderBy: "position", table: table, columns: columns, scope: scope) { row in
            let position = row.int64()
            try body(&row, position)
        }
    }

    /// Reads the rows of a child table for the records in `scope`, grouped by owner (the first
    /// selected column) in stored order, to be looked up in position order as records are read. `select` is `SELECT owner, … FROM table` without filter.
    func children<Child>(
        _ select: String, table: String, owner: String, orderBy order: String, columns: [String], scope: RecordScope,
        read: (inout RowReader) throws -> Child
    ) throws -> OwnedLists<Int64, Child> {
        let grouped = OwnedLists<Int64, Child>()
        try eachRow(select, owner: owner, orderBy: order, table: table, columns: columns, scope: scope) { row in
            let ownerPosition = row.int64()
            grouped.append(try read(&row), to: ownerPosition)
        }
        return grouped
    }

    /// Like ``children(_:table:owner:orderBy:columns:scope:read:)`` for a list nested in a child
    /// list: rows are grouped by owner and the position of their parent row (the second column).
    func grandchildren<Child>(
        _ select: String, table: String, owner: String, orderBy order: String, columns: [String], scope: RecordScope,
        read: (inout RowReader) throws -> Child
    ) throws -> OwnedLists<ChildKey, Child> {
        let grouped = OwnedLists<ChildKey, Child>()
        try eachRow(select, owner: owner, orderBy: order, table: table, columns: columns, scope: scope) { row in
            let key = ChildKey(owner: row.int64(), position: row.int64())
            grouped.append(try read(&row), to: key)
        }
        return grouped
    }

    private func eachRow(
        _ select: String, owner: String, orderBy order: String, table: String, columns: [String], scope: RecordScope,
        _ body: (inout RowReader) throws -> Void
    ) throws {
        let statement = try cachedStatement(select + scope.filter(owner) + " ORDER BY " + order)
        defer { statement.reset() }
        try scope.bind(to: statement)
        while try statement.step() {
            var row = RowReader(statement, table: table, columns: columns, file: path)
            try body(&row)
        }
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

    /// Inserts a list of single values into a child table `(owner, position, column)`.
    func insertList(_ values: [String], into table: String, ownerColumn: String, valueColumn: String, owner: Int64) throws {
        guard !values.isEmpty else { return }
        let sql = "INSERT INTO \(table) (\(ownerColumn), position, \(valueColumn)) VALUES (?, ?, ?)"
        for (index, value) in values.enumerated() {
            try insertChild(sql, owner: owner, position: index) { try $0.add(value) }
        }
    }
}
