/// The one error type every store throws: what went wrong, and where.
///
/// An integrator fixing an import needs to know the file, the line (or spreadsheet row), the field
/// and what was expected, e.g. `catalog.json:41:23: offers[12].audiences[0]: unknown audience
/// "pasient"; expected one of patients, users, next-of-kin, young-next-of-kin, families`. Match on
/// ``kind`` in `catch` clauses:
///
/// ```swift
/// do {
///     catalog = try await store.load()
/// } catch let error as StoreError where error.kind == .notFound {
///     catalog = Catalog()
/// }
/// ```
///
/// ``Kind-swift.struct`` is a set of named values, not a closed enumeration: a later release may add
/// kinds, so a `switch` over it needs a `default`, and such an addition breaks no client. When an
/// adapter turns another error into a `StoreError` (a file system or database error), it keeps it
/// in ``underlyingError`` for logs and debugging.
///
/// Messages never contain values of fields that hold ``PersonalData``: adapters name the field
/// and the expectation only.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
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
    /// The row in a table as a spreadsheet numbers it (the header is row 1, the first data row
    /// row 2), so that a person finds it in Excel; when different from the line.
    public var row: Int?
    /// The field, as a path from the catalogue (`offers[12].audiences[0]`) or a column name.
    public var field: String?
    /// The error this one was made from (a file system or database error), kept for logs and
    /// debugging; `nil` when the store found the problem itself. It takes no part in `==`.
    public var underlyingError: (any Error & Sendable)?

    /// An error that says what went wrong and where.
    /// - Parameters:
    ///   - kind: What kind of failure this is.
    ///   - message: What went wrong and what was expected, in one sentence; never the value of a
    ///     field that holds personal data.
    ///   - file: The file, folder or database.
    ///   - line: The 1-based line in a text file.
    ///   - column: The 1-based column in a text file.
    ///   - row: The row in a table as a spreadsheet numbers it (the header is row 1).
    ///   - field: The field path from the catalogue (`offers[12].audiences[0]`) or the column name.
    ///   - underlyingError: The error this one was made from, if any.
    public init(
        _ kind: Kind, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil,
        row: Int? = nil, field: String? = nil, underlyingError: (any Error & Sendable)? = nil
    ) {
        self.kind = kind
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.row = row
        self.field = field
        self.underlyingError = underlyingError
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

    /// Two errors are equal when they say the same thing about the same place; the underlying
    /// error is not compared (errors in general are not `Equatable`).
    public static func == (lhs: StoreError, rhs: StoreError) -> Bool {
        lhs.kind == rhs.kind
            && (lhs.message, lhs.file, lhs.line, lhs.column, lhs.row, lhs.field)
                == (rhs.message, rhs.file, rhs.line, rhs.column, rhs.row, rhs.field)
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(message)
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(row)
        hasher.combine(field)
    }
}
