import Mestring
import MestringAdapterKit

/// Reads one of an offer's list columns: a JSON array, read straight from the bytes SQLite holds
/// for the column, without copying the column into a `String` first.
///
/// The store writes the lists compactly (``ListColumnWriter``), but the column is ordinary JSON that
/// the `sqlite3` shell or any other tool may have written, so white space and escapes are
/// accepted; a string with escapes (rare: a quote or a backslash in a value) is resolved by the
/// kit's JSON parser. Anything that is not the expected JSON throws ``Malformed`` with what was
/// expected and where, which the row reader turns into a `StoreError` naming the column.
struct ListColumnReader {
    /// What was expected, at which byte of the column.
    struct Malformed: Error {
        let message: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The elements of the JSON array in `bytes`, each read by `element`.
    static func elements<Element>(
        of bytes: UnsafeBufferPointer<UInt8>, _ element: (inout ListColumnReader) throws -> Element
    ) throws -> [Element] {
        var reader = ListColumnReader(bytes)
        let elements = try reader.array(element)
        reader.skipWhitespace()
        guard reader.offset == bytes.count else { throw reader.malformed("the end of the list") }
        return elements
    }

    /// A JSON array, each element read by `element`.
    mutating func array<Element>(_ element: (inout ListColumnReader) throws -> Element) throws -> [Element] {
        try expect(UInt8(ascii: "["), "a JSON array")
        var elements: [Element] = []
        if consume(UInt8(ascii: "]")) { return elements }
        repeat {
            elements.append(try element(&self))
        } while consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"), "\",\" or \"]\"")
        return elements
    }

    /// A JSON object; `member` reads the value of each member, given its name.
    mutating func object(_ member: (String, inout ListColumnReader) throws -> Void) throws {
        try expect(UInt8(ascii: "{"), "a JSON object")
        if consume(UInt8(ascii: "}")) { return }
        repeat {
            let name = try string()
            try expect(UInt8(ascii: ":"), "\":\"")
            try member(name, &self)
        } while consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"), "\",\" or \"}\"")
    }

    /// A JSON string.
    mutating func string() throws -> String {
        let (start, contents) = try stringContents()
        guard let contents else { return try unescaped(from: start) }
        return UTF8Sequence.string(contents)
    }

    /// Reads a JSON string: where its opening quote is, and the bytes between its quotes when it
    /// has no escapes (`nil` when it has).
    private mutating func stringContents() throws -> (start: Int, contents: UnsafeBufferPointer<UInt8>?) {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw malformed("a string in double quotes") }
        let start = offset
        var escaped = false
        offset += 1
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "\""):
                offset += 1
                return (start, escaped ? nil : UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(offset - 1)]))
            case UInt8(ascii: "\\"):
                escaped = true
                offset += 2
            default:
                offset += 1
            }
        }
        throw malformed("a closing \"")
    }

    /// A JSON string, or `null`.
    mutating func optionalString() throws -> String? {
        try consumeNull() ? nil : string()
    }

    /// A whole number, or `null`.
    mutating func optionalInt() throws -> Int? {
        if try consumeNull() { return nil }
        skipWhitespace()
        let start = offset
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) { offset += 1 }
        guard let number = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)) else {
            offset = start
            throw malformed("a whole number")
        }
        return number
    }

    /// A vocabulary value by its spelling, found by its bytes (``StoredVocabulary``).
    mutating func value<Value: StoredVocabulary>(_ type: Value.Type) throws -> Value {
        let (start, contents) = try stringContents()
        if let contents, let value = Value.spellings.value(spelledBy: contents) { return value }
        let spelling = try contents.map(UTF8Sequence.string) ?? unescaped(from: start)
        guard let value = Value(rawValue: spelling) else { throw Malformed(message: Value.unknownSpellingMessage(spelling)) }
        return value
    }

    /// A date as `YYYY-MM-DD`.
    mutating func date() throws -> LocalDate {
        let text = try string()
        guard let date = LocalDate(iso8601: text) else {
            throw Malformed(message: "invalid date \(StoreError.excerpt(text)); expected YYYY-MM-DD")
        }
        return date
    }

    /// A time as `HH:MM`, or `null`.
    mutating func optionalTime() throws -> TimeOfDay? {
        guard let text = try optionalString() else { return nil }
        guard let time = TimeOfDay(text: text) else { throw Malformed(message: "invalid time \(StoreError.excerpt(text)); expected HH:MM") }
        return time
    }

    /// A text as an object of its translations by language code (`{"nb": "…"}`); `{}` is a text
    /// without translations, `null` no text.
    mutating func optionalLocalizedText() throws -> LocalizedText? {
        if try consumeNull() { return nil }
        var translations: [TextLanguage: String] = [:]
        try object { name, reader in
            guard let language = TextLanguage(rawValue: name) else { throw Malformed(message: TextLanguage.unknownSpellingMessage(name)) }
            translations[language] = try reader.string()
        }
        return LocalizedText(translations)
    }

    /// The string from the quote at `start` to `offset`, its escapes resolved by the kit's parser.
    private func unescaped(from start: Int) throws -> String {
        guard case .string(let text)? = try? JSONValue(parsing: Array(bytes[start..<offset])) else {
            throw Malformed(message: "expected a valid JSON string at byte \(start + 1) of the list")
        }
        return text
    }

    private mutating func consumeNull() throws -> Bool {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "n") else { return false }
        guard bytes.count - offset >= 4, bytes[offset + 1] == UInt8(ascii: "u"), bytes[offset + 2] == UInt8(ascii: "l"),
            bytes[offset + 3] == UInt8(ascii: "l")
        else { throw malformed("null") }
        offset += 4
        return true
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == byte else { return false }
        offset += 1
        return true
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws {
        guard consume(byte) else { throw malformed(what) }
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x0A || bytes[offset] == 0x0D || bytes[offset] == 0x09 {
            offset += 1
        }
    }

    private func malformed(_ expected: String) -> Malformed {
        Malformed(message: "the list is not valid JSON: expected \(expected) at byte \(offset + 1)")
    }
}
