import Mestring

/// How the header row of one file maps onto a table's columns: which field is which column, which
/// are ignored on purpose, and which have no name. A class, because every row of the file refers
/// to it.
final class TableLayout<Column: TableColumn>: Sendable {
    /// The file, for errors.
    let file: String
    /// The header cells as written.
    let headers: [String]
    /// The fields that are Mestring columns, in header order.
    let mapped: [(field: Int, column: Column)]
    /// Fields whose header is blank: their cells must stay blank, or the value would be lost.
    let unnamed: [Int]
    /// Where each column is, for messages about a column.
    private let fieldOfColumn: [Column: Int]

    private init(file: String, headers: [String], mapped: [(field: Int, column: Column)], unnamed: [Int], fieldOfColumn: [Column: Int]) {
        self.file = file
        self.headers = headers
        self.mapped = mapped
        self.unnamed = unnamed
        self.fieldOfColumn = fieldOfColumn
    }

    /// Header names that the import reserves for its rejects files and ignores.
    static var reservedNames: Set<String> { [CSVImportReport.problemsColumn, CSVImportReport.rowColumn] }

    /// Maps the header row.
    /// - Throws: when a column appears twice, a required column is missing, or (with
    ///   ``CSVImportOptions/UnknownColumnPolicy/reject``) a column is unknown.
    /// - Returns: the layout, and a warning per unknown column with ``CSVImportOptions/UnknownColumnPolicy/warn``.
    static func make(
        header: CSVRecord, file: String, mapping: ColumnMapping, unknownColumns: CSVImportOptions.UnknownColumnPolicy
    ) throws -> (TableLayout, warnings: [StoreError]) {
        let headers = header.fields
        let known = Column.byName
        var mapped: [(field: Int, column: Column)] = []
        var unnamed: [Int] = []
        var fieldOfColumn: [Column: Int] = [:]
        var warnings: [StoreError] = []
        for (field, name) in headers.enumerated() {
            let folded = CSVColumnName.folded(name)
            if folded.isEmpty {
                unnamed.append(field)
                continue
            }
            if reservedNames.contains(folded) { continue }
            guard case .column(let ours) = mapping.target(of: folded, in: Column.table) else { continue }
            guard let column = known[ours] else {
                let error = unknownColumnError(name, ours: ours, known: known.keys, file: file, field: field)
                if unknownColumns == .reject { throw error }
                warnings.append(error)
                continue
            }
            if let earlier = fieldOfColumn[column] {
                throw StoreError(
                    .malformedData, "the column \(column.name) appears twice, as fields \(earlier + 1) and \(field + 1)", file: file,
                    line: header.line, column: field + 1, row: 1, field: name)
            }
            fieldOfColumn[column] = field
            mapped.append((field, column))
        }
        let layout = TableLayout(file: file, headers: headers, mapped: mapped, unnamed: unnamed, fieldOfColumn: fieldOfColumn)
        try layout.checkRequiredColumns(line: header.line)
        return (layout, warnings)
    }

    private static func unknownColumnError(
        _ name: String, ours: String, known: Dictionary<String, Column>.Keys, file: String, field: Int
    ) -> StoreError {
        // A name more than two characters longer or shorter is never within distance two; skipping
        // it also keeps a hostile header cell of megabytes from taking hours.
        let length = ours.count
        let suggestion = known.filter { abs($0.count - length) <= 2 }.min { editDistance($0, ours) < editDistance($1, ours) }
            .flatMap { editDistance($0, ours) <= 2 ? $0 : nil }
        let mappedNote = CSVColumnName.folded(name) == ours ? "" : " (mapped to \(StoreError.excerpt(ours, quoted: false)))"
        var message = "unknown column\(mappedNote) in \(Column.table.fileName)"
        message += suggestion.map { "; did you mean \($0)?" } ?? "."
        message += " Rename it, map it with a ColumnMapping, or map it to - to ignore it."
        return StoreError(.malformedData, message, file: file, line: 1, column: field + 1, row: 1, field: name)
    }

    /// Levenshtein distance, for suggesting the column an integrator meant.
    private static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs)
        let right = Array(rhs)
        var previous = Array(0...right.count)
        for (index, character) in left.enumerated() {
            var current = [index + 1]
            for (otherIndex, other) in right.enumerated() {
                current.append(min(previous[otherIndex + 1] + 1, current[otherIndex] + 1, previous[otherIndex] + (character == other ? 0 : 1)))
            }
            previous = current
        }
        return previous[right.count]
    }

    private func checkRequiredColumns(line: Int) throws {
        let missing = Column.all.filter { column in column.details.isRequired && fieldOfColumn[column] == nil }
        guard !missing.isEmpty else { return }
        let names = missing.map(\.name).joined(separator: ", ")
        throw StoreError(
            .malformedData,
            "\(Column.table.fileName) lacks the required column\(missing.count == 1 ? "" : "s") \(names)"
                + (mappedNames.isEmpty ? "" : "; found \(mappedNames.joined(separator: ", "))"),
            file: file, line: line, row: 1)
    }

    private var mappedNames: [String] { mapped.map(\.column.name) }

    /// The field of a column, if the file has it.
    func field(of column: Column) -> Int? { fieldOfColumn[column] }

    /// How a field is named in messages: as in the header, with Mestring's name when mapped.
    func displayName(field: Int, column: Column) -> String {
        let written = headers[field]
        return CSVColumnName.folded(written) == column.name ? written : "\(written) (\(column.name))"
    }
}
