/// Which records of a kind to read: all of them (``SQLiteCatalogStore/load()``), those in a range
/// of positions (one connection's share of a load), or those at some positions (a fetch, or the
/// offers a query found).
///
/// Positions are bound as one JSON array and expanded with `json_each`, so the SQL stays the same
/// for any number of records and its prepared statement is reused.
enum RecordScope {
    case all
    case range(ClosedRange<Int64>)
    case positions([Int64])

    /// `WHERE column IN (…)`, or nothing for every record.
    func filter(_ column: String) -> String {
        switch self {
        case .all: ""
        case .range: " WHERE \(column) BETWEEN ?1 AND ?2"
        case .positions: " WHERE \(column) IN (SELECT value FROM json_each(?1))"
        }
    }

    func bind(to statement: Statement) throws {
        switch self {
        case .all: return
        case .range(let range):
            try statement.bind(range.lowerBound, at: 1)
            try statement.bind(range.upperBound, at: 2)
        case .positions(let positions):
            try statement.bind("[" + positions.map(String.init).joined(separator: ",") + "]", at: 1)
        }
    }
}
