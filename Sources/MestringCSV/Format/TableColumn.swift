/// The columns of one table: a closed set whose every case is read by an exhaustive `switch` and
/// written by another, so a column cannot be documented but forgotten by the reader or the writer.
protocol TableColumn: Hashable, Sendable {
    /// The table these are the columns of.
    static var table: CSVTable { get }
    /// Every column, in the order they are written.
    static var all: [Self] { get }
    /// The column's entry in the column dictionary.
    var details: CSVColumnDescription { get }
}

extension TableColumn {
    var name: String { details.name }

    /// Columns by name, for matching a header.
    static var byName: [String: Self] { Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }) }

    /// The columns that are written: every column but those only read.
    static var written: [Self] { all.filter(\.details.isWritten) }
}
