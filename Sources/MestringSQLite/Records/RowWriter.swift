import Mestring

/// Binds a record's values to an insert statement's parameters in order, so that the code that
/// writes a row reads like its column list and cannot skip a parameter number.
struct RowWriter {
    let statement: Statement
    private var index: Int32 = 1

    init(_ statement: Statement) { self.statement = statement }

    mutating func add(_ value: String) throws { try statement.bind(value, at: next()) }
    mutating func add(_ value: String?) throws { try statement.bind(value, at: next()) }
    mutating func add(_ value: Int) throws { try statement.bind(value, at: next()) }
    mutating func add(_ value: Int?) throws { try statement.bind(value, at: next()) }
    mutating func add(_ value: Int64?) throws {
        if let value { try statement.bind(value, at: next()) } else { try statement.bindNull(at: next()) }
    }
    mutating func add(_ value: Bool) throws { try statement.bind(value, at: next()) }
    mutating func add(_ value: Bool?) throws { try statement.bind(value, at: next()) }
    mutating func add<Value: CatalogEnumeration>(_ value: Value) throws { try add(value.rawValue) }
    mutating func add<Value: CatalogEnumeration>(_ value: Value?) throws { try add(value?.rawValue) }
    mutating func add(_ value: LocalDate?) throws { try add(value?.iso8601) }

    /// A list column (JSON from ``ListColumnWriter``); `nil`, an empty list, is `NULL`.
    mutating func add(list bytes: [UInt8]?) throws {
        if let bytes { try statement.bind(utf8: bytes, at: next()) } else { try statement.bindNull(at: next()) }
    }

    /// Four parameters, one per ``TextLanguage``; a missing translation is `NULL`.
    mutating func add(_ text: LocalizedText) throws {
        for language in TextLanguage.allCases { try add(text[language]) }
    }

    /// Like ``add(_:)-LocalizedText`` for an optional text; a text that is present but has no
    /// translation is written as `''` in the first language, which no real translation can be.
    mutating func add(optional text: LocalizedText?) throws {
        guard let text else {
            for _ in TextLanguage.allCases { try statement.bindNull(at: next()) }
            return
        }
        guard !text.isEmpty else {
            try add("")
            for _ in TextLanguage.allCases.dropFirst() { try statement.bindNull(at: next()) }
            return
        }
        try add(text)
    }

    private mutating func next() -> Int32 {
        defer { index += 1 }
        return index
    }
}
