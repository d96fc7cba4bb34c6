import Mestring

/// Column lists shared by a table's insert and select statements, so both use the same order.
enum ColumnList {
    /// `name_nb, name_nn, name_en, name_se`: one column per ``TextLanguage``.
    static func localized(_ name: String) -> [String] {
        TextLanguage.allCases.map { "\(name)_\($0.rawValue)" }
    }

    static func insert(into table: String, _ columns: [String]) -> String {
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    }

    static func select(from table: String, _ columns: [String]) -> String {
        "SELECT \(columns.joined(separator: ", ")) FROM \(table)"
    }
}
