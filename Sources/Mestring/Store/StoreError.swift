/// The one error type every store throws: what went wrong, and where.
///
/// An integrator fixing an import needs to know the file, the line (or spreadsheet row), the field
/// and what was expected, e.g. `catalog.json:41:23: offers[12].audiences[0]: unknown audience
/// "pasient"; expected one of patients, users, next-of-kin, young-next-of-kin, families`. Match on
/// ``kind`` in `catch` clauses.
///
/// Messages never contain values of fields that hold ``PersonalData``: adapters name the field
/// and the expectation only.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The data could not be read as a catalogue: syntax, a wrong type, an unknown value, a missing field.
        case malformedData
        /// The data is in a format or format version this version of Mestring does not read.
        case unsupportedVersion
        /// The file or database does not exist.
        case notFound
        /// The store cannot be written to.
        case readOnly
        /// The operating system or database refused an operation (permissions, disk full, locked).
        case io
        /// The data breaks a constraint the store enforces (e.g. a reference to a missing record,
        /// or a value the format cannot hold).
        case constraint
        /// Another program changed the store since this one loaded it: saving would silently
        /// overwrite that change, so nothing was written. Load again, reapply, save.
        case conflict
    }

    /// What kind of failure this is; match on it in `catch` clauses.
    public var kind: Kind
    /// What went wrong and what was expected, in one sentence.
    public var message: String
    /// The file, folder or database the error is about.
    public var file: String?
    /// The 1-based line in a text file.
    public var line: Int?
    /// The 1-based column in a text file.
    public var column: Int?
    /// The 1-based data row in a table (the header is row 0), when different from the line.
    public var row: Int?
    /// The field, as a path from the catalogue (`offers[12].audiences[0]`) or a column name.
    public var field: String?

    /// An error that says what went wrong and where.
    /// - Parameters:
    ///   - kind: What kind of failure this is.
    ///   - message: What went wrong and what was expected, in one sentence; never the value of a
    ///     field that holds personal data.
    ///   - file: The file, folder or database.
    ///   - line: The 1-based line in a text file.
    ///   - column: The 1-based column in a text file.
    ///   - row: The 1-based data row in a table.
    ///   - field: The field path from the catalogue (`offers[12].audiences[0]`) or the column name.
    public init(
        _ kind: Kind, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil,
        row: Int? = nil, field: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.row = row
        self.field = field
    }

    /// `file:line:column: field: message`, leaving out what is unknown; a row is shown as `row N`.
    /// A field named by its input (an unknown column or key) is shortened like any quoted value.
    public var description: String {
        var location = file ?? ""
        if let line { location += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        if let row { location += location.isEmpty ? "row \(row)" : ": row \(row)" }
        var parts: [String] = []
        if !location.isEmpty { parts.append(location) }
        if let field, !field.isEmpty { parts.append(Self.excerpt(field, quoted: false)) }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
