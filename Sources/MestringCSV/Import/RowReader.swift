import Mestring

/// One data row of a table as the import reads it: typed values from cells, with every problem
/// recorded against the file, line, row and column instead of stopping at the first.
///
/// A blank cell is "not given". A quoted empty cell (`""`) is "given, but empty": an empty text, or
/// for other types a part that is stated without a value (it makes an optional group such as the
/// accessibility columns present). Typed readers return `nil` for both.
struct RowReader<Column: TableColumn> {
    let record: RowCells
    let layout: TableLayout<Column>
    /// The row as a spreadsheet numbers it: the header is row 1, the first data row is row 2.
    let row: Int
    private(set) var problems: [StoreError] = []

    init(record: RowCells, layout: TableLayout<Column>, row: Int) {
        self.record = record
        self.layout = layout
        self.row = row
    }

    func text(_ field: Int) -> String { record[field] }

    /// `true` for a quoted empty cell.
    func isStatedEmpty(_ field: Int) -> Bool { record.isStatedEmpty(field) }

    mutating func problem(_ message: String, field: Int, column: Column) {
        problems.append(
            StoreError(
                .malformedData, message, file: layout.file, line: record.line, column: field + 1, row: row,
                field: layout.displayName(field: field, column: column)))
    }

    /// A problem about a column that may not be in the file (e.g. a required value left out).
    mutating func problem(_ message: String, column: Column) {
        if let field = layout.field(of: column) { return problem(message, field: field, column: column) }
        problems.append(StoreError(.malformedData, message, file: layout.file, line: record.line, row: row, field: column.name))
    }

    mutating func problem(_ message: String) {
        problems.append(StoreError(.malformedData, message, file: layout.file, line: record.line, row: row))
    }

    /// Checks the row's shape: as many fields as the header, nothing under a blank header.
    mutating func checkShape() {
        if record.count != layout.headers.count {
            problem("the row has \(record.count) fields, the header has \(layout.headers.count); a separator or quote is missing or extra")
            return
        }
        for field in layout.unnamed where !record.isBlank(field) {
            problems.append(
                StoreError(
                    .malformedData, "a value in a column without a name in the header; name the column or empty the cell",
                    file: layout.file, line: record.line, column: field + 1, row: row))
        }
    }

    /// A required value was not given.
    mutating func missing(_ column: Column) {
        let allowed = column.details.allowedValues
        problem("missing value" + (allowed.isEmpty ? "" : "; expected \(allowed)"), column: column)
    }

    mutating func vocabulary<Value: CatalogEnumeration>(_ field: Int, _ column: Column) -> Value? {
        if isStatedEmpty(field) { return nil }
        let text = record[field]
        guard let value = CellCoding.vocabulary(Value.self, text) else {
            problem(Value.unknownSpellingMessage(text), field: field, column: column)
            return nil
        }
        return value
    }

    mutating func vocabularyList<Value: CatalogEnumeration>(_ field: Int, _ column: Column) -> [Value] {
        var unknown: [String] = []
        let values = record.withFieldBytes(field) { bytes in
            CellBytes.values(bytes) { item -> Value? in
                if let value = CellCoding.vocabulary(Value.self, item) { return value }
                unknown.append(item)
                return nil
            }
        }
        guard !unknown.isEmpty else { return values.compactMap { $0 } }
        // Not Mestring's list syntax: read the cell as people write lists ("pasient og pårørende").
        let words = NorwegianWords.values(record[field], as: Value.self)
        for item in words.unknown { problem(Value.unknownSpellingMessage(item), field: field, column: column) }
        return words.values
    }

    /// Which of several records with one id a nested row belongs to: 1, 2, ….
    mutating func occurrence(_ field: Int, _ column: Column) -> Int? {
        guard let number = wholeNumber(field, column) else { return nil }
        guard number >= 1 else {
            problem("\(number) is not an occurrence; expected 1, 2, 3… (blank for the first)", field: field, column: column)
            return nil
        }
        return number
    }

    mutating func flag(_ field: Int, _ column: Column) -> Bool? {
        value(field, column, CellBytes.flag, CellCoding.flag, "true or false; expected true, false, ja, nei, yes, no, 1 or 0")
    }

    mutating func wholeNumber(_ field: Int, _ column: Column) -> Int? {
        value(field, column, CellBytes.wholeNumber, CellCoding.wholeNumber, "a whole number; expected digits, e.g. 12")
    }

    mutating func date(_ field: Int, _ column: Column) -> LocalDate? {
        value(field, column, CellBytes.date, CellCoding.date, "a date; expected YYYY-MM-DD, e.g. 2026-03-02")
    }

    mutating func time(_ field: Int, _ column: Column) -> TimeOfDay? {
        value(field, column, CellBytes.time, CellCoding.time, "a time; expected HH:MM (00:00–23:59), e.g. 18:00")
    }

    /// A typed value: the canonical spelling read from bytes, any other through the lenient text
    /// reader, and a problem "\"x\" is not <what>" when neither can read it.
    private mutating func value<Value>(
        _ field: Int, _ column: Column, _ fast: (UnsafeBufferPointer<UInt8>) -> Value?, _ lenient: (String) -> Value?,
        _ what: String
    ) -> Value? {
        if isStatedEmpty(field) { return nil }
        if let value = record.withFieldBytes(field, fast) { return value }
        let text = record[field]
        guard let value = lenient(text) else {
            problem("\(StoreError.excerpt(text)) is not \(what)", field: field, column: column)
            return nil
        }
        return value
    }

    /// The items of a list cell; a quoted empty cell is a list of one empty item.
    func list(_ field: Int) -> [String] { list(field) { $0 } }

    func identifiers<Subject>(_ field: Int) -> [Identifier<Subject>] { list(field) { Identifier(rawValue: $0) } }

    private func list<Item>(_ field: Int, _ make: (String) -> Item) -> [Item] {
        record.withFieldBytes(field) { CellBytes.listItems($0, make) } ?? CellCoding.splitList(record[field]).map(make)
    }

    func municipalities(_ field: Int) -> [MunicipalityNumber] {
        record.withFieldBytes(field) { CellBytes.values($0) { MunicipalityNumber(rawValue: $0) } }
    }

    func languages(_ field: Int) -> [LanguageTag] { record.withFieldBytes(field) { CellBytes.values($0) { LanguageTag(rawValue: $0) } } }

    mutating func diagnoses(_ field: Int, _ column: Column) -> [DiagnosisCode] {
        if let codes = record.withFieldBytes(field, CellBytes.diagnoses) { return codes }
        return CellCoding.splitList(record[field], unescaping: false).compactMap { item -> DiagnosisCode? in
            do throws(CellProblem) {
                return try CellCoding.diagnosis(item)
            } catch {
                problem(error.message, field: field, column: column)
                return nil
            }
        }
    }

    /// Sets one language of an optional text; the text becomes present even when the cell is `""`.
    func localized(_ text: inout LocalizedText?, _ language: TextLanguage, _ field: Int) {
        var value = text ?? LocalizedText()
        value[language] = record[field]
        text = value
    }
}

/// Changes an optional group (accessibility, sign-up…), creating it first when absent: any filled
/// cell of a group makes the group present.
func update<Group>(_ group: inout Group?, _ empty: @autoclosure () -> Group, _ change: (inout Group) -> Void) {
    // Changed where it lies: a copy would cost a reference count for each of its fields.
    if group == nil { group = empty() }
    change(&group!)
}

/// Sets one property of an optional group, creating the group first when absent.
func update<Group, Value>(_ group: inout Group?, _ empty: @autoclosure () -> Group, _ property: WritableKeyPath<Group, Value>, _ value: Value) {
    update(&group, empty()) { $0[keyPath: property] = value }
}
