import Mestring

/// Reads a result row's columns in order and turns stored spellings back into domain values,
/// reporting a value it cannot read as ``Mestring/StoreError/Kind-swift.struct/malformedData`` with the file,
/// the row (the record's position) and the table column.
struct RowReader {
    let statement: Statement
    let table: String
    let columns: [String]
    let file: String
    private var column: Int32 = 0

    init(_ statement: Statement, table: String, columns: [String], file: String) {
        self.statement = statement
        self.table = table
        self.columns = columns
        self.file = file
    }

    mutating func skip(_ count: Int = 1) { column += Int32(count) }
    mutating func int64() -> Int64 { statement.int64(at: next()) }
    mutating func int() -> Int { statement.int(at: next()) }
    mutating func optionalInt() -> Int? { statement.optionalInt(at: next()) }
    mutating func bool() -> Bool { statement.bool(at: next()) }
    mutating func optionalBool() -> Bool? { statement.optionalBool(at: next()) }
    mutating func string() -> String { statement.string(at: next()) }
    mutating func optionalString() -> String? { statement.optionalString(at: next()) }

    /// A vocabulary value by its spelling, found by its bytes (``StoredVocabulary``).
    mutating func value<Value: StoredVocabulary>(_ type: Value.Type) throws -> Value {
        let index = next()
        if let value = statement.withText(at: index, { $0.flatMap(Value.spellings.value(spelledBy:)) }) { return value }
        let spelling = statement.string(at: index)
        guard let value = Value(rawValue: spelling) else {
            throw malformed(Value.unknownSpellingMessage(spelling), column: index)
        }
        return value
    }

    mutating func optionalValue<Value: StoredVocabulary>(_ type: Value.Type) throws -> Value? {
        if statement.isNull(at: column) {
            column += 1
            return nil
        }
        return try value(type)
    }

    mutating func date() throws -> LocalDate {
        let index = next()
        let text = statement.string(at: index)
        guard let date = LocalDate(iso8601: text) else {
            throw malformed("invalid date \(StoreError.excerpt(text)); expected YYYY-MM-DD", column: index)
        }
        return date
    }

    mutating func optionalDate() throws -> LocalDate? {
        if statement.isNull(at: column) {
            column += 1
            return nil
        }
        return try date()
    }

    mutating func optionalTime() throws -> TimeOfDay? {
        let index = next()
        guard let text = statement.optionalString(at: index) else { return nil }
        guard let time = TimeOfDay(text: text) else {
            throw malformed("invalid time \(StoreError.excerpt(text)); expected HH:MM", column: index)
        }
        return time
    }

    /// A list column: a JSON array read in place, each element read by `element`; `NULL` is an
    /// empty list. JSON that is not a list of the expected shape is reported with the column.
    mutating func list<Element>(_ element: (inout ListColumnReader) throws -> Element) throws -> [Element] {
        try readList { bytes in try ListColumnReader.elements(of: bytes, element) }
    }

    /// A list column like ``list(_:)``, found in `cache` when the same bytes were read before.
    mutating func list<Element>(
        cachedIn cache: inout ListColumnCache<Element>, _ element: (inout ListColumnReader) throws -> Element
    ) throws -> [Element] {
        try readList { bytes in try cache.list(bytes) { try ListColumnReader.elements(of: bytes, element) } }
    }

    /// The list in the next column, read by `read` from its bytes; `NULL` is an empty list.
    private mutating func readList<Element>(_ read: (UnsafeBufferPointer<UInt8>) throws -> [Element]) throws -> [Element] {
        let index = next()
        do {
            return try statement.withText(at: index) { bytes in
                guard let bytes else { return [] }
                return try read(bytes)
            }
        } catch let error as ListColumnReader.Malformed {
            throw malformed(error.message, column: index)
        }
    }

    /// Four columns, one per ``TextLanguage``.
    mutating func localizedText() -> LocalizedText {
        optionalLocalizedText() ?? LocalizedText()
    }

    /// Four columns; all `NULL` is `nil`, and `''` marks a present text without translations.
    mutating func optionalLocalizedText() -> LocalizedText? {
        // Set one translation at a time: most texts have one, and building a dictionary first
        // would make LocalizedText copy it.
        var text: LocalizedText?
        for language in TextLanguage.allCases {
            let index = next()
            guard !statement.isNull(at: index) else { continue }
            if text == nil { text = LocalizedText() }
            text?[language] = statement.string(at: index)
        }
        return text
    }

    func malformed(_ message: String, column index: Int32) -> StoreError {
        let name = Int(index) < columns.count ? columns[Int(index)] : "column \(index)"
        let position = statement.int64(at: 0)
        return StoreError(.malformedData, message, file: file, row: Int(position), field: "\(table).\(name)")
    }

    private mutating func next() -> Int32 {
        defer { column += 1 }
        return column
    }
}
