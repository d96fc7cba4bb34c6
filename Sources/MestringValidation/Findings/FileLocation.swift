/// Where a finding is in the file it came from: file, and line and column when known, and for a
/// table the row as a spreadsheet numbers it.
///
/// Validation works on a ``Mestring/Catalog`` and knows only field paths (`offers[3].schedule`);
/// the caller that read the file knows lines (the CLI uses the JSON adapter's source map, and the
/// CSV import's rows for a folder of tables) and supplies them to the report renderers, so that
/// editors and CI can jump to the line and a spreadsheet user finds the row.
public struct FileLocation: Hashable, Sendable, Codable {
    /// The file as the user named it, e.g. `Data/catalog.json` or `katalog/offers.csv`.
    public var file: String
    /// The 1-based line (for a table: the line on which the row starts).
    public var line: Int?
    /// The 1-based column.
    public var column: Int?
    /// For a table (CSV): the row as a spreadsheet numbers it, the header being row 1. It differs
    /// from ``line`` when a cell above holds a line break.
    public var row: Int?

    /// A place in a file; leave out what the source map does not know.
    public init(file: String, line: Int? = nil, column: Int? = nil, row: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.row = row
    }

    /// `file:line:column`, leaving out what is unknown, as compilers print it.
    public var compilerStyle: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// How a person reads it: `katalog/offers.csv row 7` for a table row, else ``compilerStyle``.
    public var readableStyle: String {
        guard let row else { return compilerStyle }
        return "\(file) row \(row)"
    }
}
