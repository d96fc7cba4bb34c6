/// Where a finding is in the file it came from: file, and line and column when known.
///
/// Validation works on a ``Mestring/Catalog`` and knows only field paths (`offers[3].schedule`);
/// the caller that read the file knows lines (the CLI uses the JSON adapter's source map) and
/// supplies them to the report renderers, so that editors and CI can jump to the line.
public struct FileLocation: Hashable, Sendable, Codable {
    /// The file as the user named it, e.g. `Data/catalog.json`.
    public var file: String
    /// The 1-based line.
    public var line: Int?
    /// The 1-based column.
    public var column: Int?

    /// A place in a file; leave out what the source map does not know.
    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
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
}
