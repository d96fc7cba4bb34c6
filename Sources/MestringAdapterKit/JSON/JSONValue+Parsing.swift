import Mestring

extension JSONValue {
    /// A syntax error with the place it was found.
    package struct ParseError: Error, Sendable {
        /// Where the problem is, 1-based.
        package var location: JSONSourceMap.Location
        /// What was expected and what was found.
        package var message: String
    }

    /// Parses one JSON value in UTF-8, with nothing but white space around it.
    ///
    /// Unlike `JSONSerialization` it keeps member order and repeated names, which an import
    /// report needs, and it reports the line and column of the first problem.
    package init(parsing bytes: [UInt8]) throws(ParseError) {
        try self.init(parsing: bytes, range: bytes.startIndex..<bytes.endIndex)
    }

    /// Parses a whole file's JSON document; a syntax error is the ``Mestring/StoreError``
    /// `.malformedData` with the file, line and column that every adapter reports for it.
    package init(parsingDocument bytes: [UInt8], file: String?) throws(StoreError) {
        do {
            try self.init(parsing: bytes)
        } catch {
            throw StoreError(.malformedData, error.message, file: file, line: error.location.line, column: error.location.column)
        }
    }

    /// Parses the JSON value in `range` of `bytes` (one line of NDJSON, say) without copying it;
    /// lines and columns in errors count from the start of the range.
    package init(parsing bytes: [UInt8], range: Range<Int>) throws(ParseError) {
        self = try bytes.withUnsafeBufferPointer { (buffer) throws(ParseError) -> JSONValue in
            var parser = JSONValueParser(bytes: buffer, range: range)
            return try parser.parseDocument()
        }
    }
}

/// A recursive-descent JSON parser over bytes.
///
/// Members and elements are gathered on two stacks shared by the whole parse and moved into
/// arrays of the exact size when their container ends, so that a container costs one allocation
/// per array instead of one per doubling.
private struct JSONValueParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var keyStack: [String] = []
    static let keyCacheSize = 256
    var keyCache = [String?](repeating: nil, count: keyCacheSize)
    var valueStack: [JSONValue] = []
    var start: Int
    var end: Int
    var offset: Int
    var depth = 0
    static let maximumDepth = 512

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        self.bytes = bytes
        start = range.lowerBound
        end = range.upperBound
        offset = range.lowerBound
    }

    mutating func parseDocument() throws(JSONValue.ParseError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard offset == end else { throw failure("expected the end of the document after the top-level value") }
        return value
    }

    func failure(_ message: String) -> JSONValue.ParseError {
        var line = 1
        var lineStart = start
        let end = min(offset, self.end)
        for index in start..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = bytes[lineStart..<end].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return JSONValue.ParseError(location: .init(line: line, column: column), message: message)
    }

    var found: String {
        guard offset < end else { return ", found the end of the file (is the file truncated?)" }
        let byte = bytes[offset]
        if byte >= 0x20 && byte < 0x7F { return ", found \"\(Character(Unicode.Scalar(byte)))\"" }
        return ", found byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    mutating func skipWhitespace() {
        while offset < end {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws(JSONValue.ParseError) -> JSONValue {
        guard offset < end else { throw failure("expected a value\(found)") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw failure("expected a value (object, array, string, number, true, false or null)\(found)")
        }
    }

    mutating func literal(_ text: StaticString, _ value: JSONValue) throws(JSONValue.ParseError) -> JSONValue {
        let length = text.utf8CodeUnitCount
        guard offset + length <= end,
            (0..<length).allSatisfy({ bytes[offset + $0] == text.utf8Start[$0] })
        else { throw failure("expected \(text)\(found)") }
        offset += length
        return value
    }

    mutating func enter() throws(JSONValue.ParseError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure("nesting deeper than \(Self.maximumDepth) levels") }
        offset += 1
        skipWhitespace()
    }

    mutating func parseObject() throws(JSONValue.ParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        if offset < end, bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return .object(JSONObject())
        }
        let base = keyStack.count
        while true {
            guard offset < end, bytes[offset] == UInt8(ascii: "\"") else {
                throw failure("expected a field name in quotes\(found)")
            }
            let key = try parseKey()
            skipWhitespace()
            guard offset < end, bytes[offset] == UInt8(ascii: ":") else { throw failure("expected \":\" after the field name\(found)") }
            offset += 1
            skipWhitespace()
            let value = try parseValue()
            keyStack.append(key)
            valueStack.append(value)
            skipWhitespace()
            guard offset < end else { throw failure("expected \",\" or \"}\"\(found)") }
            if bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                let object = JSONObject(keys: Array(keyStack[base...]), values: Array(valueStack[(valueStack.count - (keyStack.count - base))...]))
                valueStack.removeLast(keyStack.count - base)
                keyStack.removeLast(keyStack.count - base)
                return .object(object)
            }
            guard bytes[offset] == UInt8(ascii: ",") else { throw failure("expected \",\" or \"}\"\(found)") }
            offset += 1
            skipWhitespace()
        }
    }

    mutating func parseArray() throws(JSONValue.ParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        if offset < end, bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            return .array([])
        }
        let base = valueStack.count
        while true {
            let element = try parseValue()
            valueStack.append(element)
            skipWhitespace()
            guard offset < end else { throw failure("expected \",\" or \"]\"\(found)") }
            if bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                let elements = Array(valueStack[base...])
                valueStack.removeLast(valueStack.count - base)
                return .array(elements)
            }
            guard bytes[offset] == UInt8(ascii: ",") else { throw failure("expected \",\" or \"]\"\(found)") }
            offset += 1
            skipWhitespace()
        }
    }

    mutating func parseNumber() throws(JSONValue.ParseError) -> JSONValue {
        let start = offset
        while offset < end, Self.isNumberByte(bytes[offset]) { offset += 1 }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            offset = start
            throw failure("expected a number\(found)")
        }
        return .number(value)
    }

    static func isNumberByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    /// A member name: the names of a document repeat (every service has an `"id"`, every
    /// attribute a `"taxonomy_term_id"`), so a name seen recently is reused instead of made again.
    mutating func parseKey() throws(JSONValue.ParseError) -> String {
        let start = offset + 1
        var index = start
        var hash: UInt32 = 0x811C_9DC5
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return try parseString() }
            hash = (hash ^ UInt32(byte)) &* 0x0100_0193
            index += 1
        }
        guard index < end else { return try parseString() }
        let slot = Int(hash & UInt32(Self.keyCacheSize - 1))
        if let cached = keyCache[slot], cached.utf8.count == index - start, cached.utf8.elementsEqual(bytes[start..<index]) {
            offset = index + 1
            return cached
        }
        let key = try parseString()
        keyCache[slot] = key
        return key
    }

    mutating func parseString() throws(JSONValue.ParseError) -> String {
        offset += 1
        let start = offset
        var combined: UInt8 = 0
        while offset < end {
            let byte = bytes[offset]
            combined |= byte
            if byte == UInt8(ascii: "\"") {
                if combined < 0x80 {
                    // ASCII needs no validation.
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
                    offset += 1
                    return text
                }
                guard let text = String(validating: bytes[start..<offset], as: UTF8.self) else {
                    offset = start
                    throw failure("invalid UTF-8 in a string; the file must be UTF-8")
                }
                offset += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw failure("control character in a string (write newlines as \\n)") }
            offset += 1
        }
        var content = Array(bytes[start..<offset])
        while offset < end {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                guard let text = String(validating: content, as: UTF8.self) else {
                    throw failure("invalid UTF-8 in a string; the file must be UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                offset += 1
                try appendEscape(to: &content)
            case 0..<0x20:
                throw failure("control character in a string (write newlines as \\n)")
            default:
                content.append(byte)
                offset += 1
            }
        }
        throw failure("unterminated string: expected a closing \"\(found)")
    }

    mutating func appendEscape(to content: inout [UInt8]) throws(JSONValue.ParseError) {
        guard offset < end else { throw failure("unterminated escape sequence\(found)") }
        let escaped = bytes[offset]
        offset += 1
        let simple: UInt8? =
            switch escaped {
            case UInt8(ascii: "\""): 0x22
            case UInt8(ascii: "\\"): 0x5C
            case UInt8(ascii: "/"): 0x2F
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            default: nil
            }
        if let simple {
            content.append(simple)
            return
        }
        guard escaped == UInt8(ascii: "u") else {
            offset -= 1
            throw failure("invalid escape sequence \\\(Character(Unicode.Scalar(escaped)))")
        }
        var scalar = try hexQuad()
        if (0xD800..<0xDC00).contains(scalar) {
            guard offset + 1 < end, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                throw failure("a lone UTF-16 surrogate in \\u escapes")
            }
            offset += 2
            let low = try hexQuad()
            guard (0xDC00..<0xE000).contains(low) else { throw failure("a lone UTF-16 surrogate in \\u escapes") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw failure("a lone UTF-16 surrogate in \\u escapes") }
        content.append(contentsOf: Array(String(Character(unicode)).utf8))
    }

    mutating func hexQuad() throws(JSONValue.ParseError) -> UInt32 {
        guard offset + 4 <= end else { throw failure("expected four hex digits after \\u\(found)") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(bytes[offset])).hexDigitValue else {
                throw failure("expected four hex digits after \\u\(found)")
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }
}
