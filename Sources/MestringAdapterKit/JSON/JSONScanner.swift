import Mestring

/// A minimal JSON scanner that skips values, tracks line and column, and validates UTF-8 inside
/// strings. It builds nothing; `JSONDecoder` does the decoding.
package struct JSONScanner {
    package typealias Failure = JSONSourceMap.SyntaxError
    package typealias Location = JSONSourceMap.Location

    package let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private static let maximumDepth = 512

    package init(bytes: [UInt8]) { self.bytes = bytes }

    package var isAtEnd: Bool { offset >= bytes.count }

    package var location: Location { location(at: offset) }

    /// The location of an earlier offset on the current line.
    private func location(at offset: Int) -> Location {
        // Columns count characters, not bytes: skip UTF-8 continuation bytes.
        let column = bytes[lineStart..<min(offset, bytes.count)].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return Location(line: line, column: column)
    }

    package func failure(_ message: String) -> Failure { Failure(location: location, message: message) }

    /// A failure at an earlier offset on the current line (the start of a number or an escape).
    private func failure(_ message: String, at offset: Int) -> Failure { Failure(location: location(at: offset), message: message) }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func advance() {
        if bytes[offset] == UInt8(ascii: "\n") {
            line += 1
            lineStart = offset + 1
        }
        offset += 1
    }

    package mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { advance() }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
        guard current == byte else { throw failure("expected \(what)\(foundDescription)") }
        advance()
    }

    private var foundDescription: String {
        guard let byte = current else { return ", found the end of the file (is the file truncated?)" }
        if byte >= 0x20 && byte < 0x7F { return ", found \"\(Character(Unicode.Scalar(byte)))\"" }
        return ", found byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    /// Walks to the value at `path` and returns its location (or the deepest one that exists).
    package mutating func locate(_ path: ArraySlice<JSONSourceMap.PathComponent>) throws(Failure) -> Location {
        let here = location
        guard let next = path.first else { return here }
        var found: Location?
        _ = try walkChildren { (scanner: inout JSONScanner, component) throws(Failure) -> Bool in
            guard component == next else {
                try scanner.skipValue()
                return true
            }
            found = try scanner.locate(path.dropFirst())
            return false
        }
        return found ?? here
    }

    /// Walks the value at the current offset and calls `visit` for every object member that
    /// carries data (not `null`, not `""`), with its concrete path; `visit` returns `false` to stop.
    @discardableResult
    package mutating func visitMembers(
        path: inout [JSONSourceMap.PathComponent], _ visit: (_ path: [JSONSourceMap.PathComponent]) -> Bool
    ) throws(Failure) -> Bool {
        guard current == UInt8(ascii: "{") || current == UInt8(ascii: "[") else {
            try skipValue()
            return true
        }
        return try walkChildren { (scanner: inout JSONScanner, component) throws(Failure) -> Bool in
            path.append(component)
            defer { path.removeLast() }
            if case .key = component, scanner.valueCarriesData, !visit(path) { return false }
            return try scanner.visitMembers(path: &path, visit)
        }
    }

    /// `true` when the value at the current offset is an object or an array.
    package var isAtContainer: Bool { current == UInt8(ascii: "{") || current == UInt8(ascii: "[") }

    /// `false` when the value at the current offset is `null` or `""`.
    package var valueCarriesData: Bool {
        if current == UInt8(ascii: "n") { return false }
        return !(current == UInt8(ascii: "\"") && offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "\""))
    }

    /// Walks the children of the object or array at the current offset: for each member (with its
    /// key) or element (with its index), positions the scanner at the value and calls `visit`, which
    /// consumes the value and returns `true`, or returns `false` to stop there. A scalar has no
    /// children. Every walk of nested containers goes through here, so the nesting limit holds for all.
    /// - Returns: `false` when `visit` stopped the walk.
    package mutating func walkChildren(
        _ visit: (inout JSONScanner, JSONSourceMap.PathComponent) throws(Failure) -> Bool
    ) throws(Failure) -> Bool {
        guard let open = current, open == UInt8(ascii: "{") || open == UInt8(ascii: "[") else { return true }
        let isObject = open == UInt8(ascii: "{")
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw failure("nesting deeper than \(Self.maximumDepth) levels") }
        advance()
        skipWhitespace()
        if current == close {
            advance()
            return true
        }
        var index = 0
        while true {
            skipWhitespace()
            let component: JSONSourceMap.PathComponent
            if isObject {
                guard current == UInt8(ascii: "\"") else { throw failure("expected a field name in quotes\(foundDescription)") }
                let key = try readString()
                skipWhitespace()
                try expect(UInt8(ascii: ":"), "\":\" after the field name")
                skipWhitespace()
                component = .key(key)
            } else {
                component = .index(index)
            }
            guard try visit(&self, component) else { return false }
            skipWhitespace()
            if current == close {
                advance()
                return true
            }
            try expect(UInt8(ascii: ","), isObject ? "\",\" or \"}\"" : "\",\" or \"]\"")
            index += 1
        }
    }

    package mutating func skipValue() throws(Failure) {
        guard let byte = current else { throw failure("expected a value\(foundDescription)") }
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            _ = try walkChildren { (scanner: inout JSONScanner, _) throws(Failure) -> Bool in
                try scanner.skipValue()
                return true
            }
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "t"): try skipLiteral("true")
        case UInt8(ascii: "f"): try skipLiteral("false")
        case UInt8(ascii: "n"): try skipLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        default: throw failure("expected a value (object, array, string, number, true, false or null)\(foundDescription)")
        }
    }

    private mutating func skipLiteral(_ literal: String) throws(Failure) {
        for byte in literal.utf8 {
            guard current == byte else { throw failure("expected \(literal)\(foundDescription)") }
            advance()
        }
    }

    /// Skips a number, checking the JSON grammar and that Mestring can hold it: every number in a
    /// catalogue is a whole number of at most 64 bits, and a number no `Double` can hold (`1e400`)
    /// would otherwise fail later without a place.
    private mutating func skipNumber() throws(Failure) {
        let start = offset
        func digits() -> Int {
            let first = offset
            while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { advance() }
            return offset - first
        }
        if current == UInt8(ascii: "-") { advance() }
        let integerStart = offset
        guard digits() > 0 else { throw failure("expected a digit\(foundDescription)") }
        if bytes[integerStart] == UInt8(ascii: "0") && offset - integerStart > 1 {
            throw failure("a number must not start with 0 (write 7, not 07)", at: start)
        }
        var isWhole = true
        if current == UInt8(ascii: ".") {
            advance()
            isWhole = false
            guard digits() > 0 else { throw failure("expected a digit after the decimal point\(foundDescription)") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            isWhole = false
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard digits() > 0 else { throw failure("expected a digit in the exponent\(foundDescription)") }
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        if isWhole ? Int64(text) == nil : !(Double(text)?.isFinite ?? false) {
            throw failure(
                "the number \(StoreError.excerpt(text, quoted: false)) is too large: Mestring's numbers are whole numbers "
                    + "from \(Int64.min) to \(Int64.max)", at: start)
        }
    }

    /// Reads a string, validating escapes and UTF-8; returns its content (escapes of quotes and
    /// backslashes resolved, which is all key matching needs).
    package mutating func readString() throws(Failure) -> String {
        try expect(UInt8(ascii: "\""), "a string in double quotes")
        var content: [UInt8] = []
        while true {
            guard let byte = current else { throw failure("unterminated string: expected a closing \"\(foundDescription)") }
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                return String(decoding: content, as: UTF8.self)
            case UInt8(ascii: "\\"):
                advance()
                guard let escaped = current else { throw failure("unterminated escape sequence\(foundDescription)") }
                guard "\"\\/bfnrtu".utf8.contains(escaped) else { throw failure("invalid escape sequence \\\(Character(Unicode.Scalar(escaped)))") }
                content.append(escaped)
                advance()
                if escaped == UInt8(ascii: "u") { try skipUnicodeEscape() }
            case 0x00..<0x20:
                throw failure("control character in a string (write newlines as \\n)")
            case 0x80...:
                let length = try utf8SequenceLength()
                content.append(contentsOf: bytes[offset..<offset + length])
                for _ in 0..<length { advance() }
            default:
                content.append(byte)
                advance()
            }
        }
    }

    /// Checks the four hex digits after `\\u`, and that a surrogate comes in a pair: a lone
    /// `\\ud800` is no character, so no Swift string (and no store) can hold it.
    private mutating func skipUnicodeEscape() throws(Failure) {
        let start = offset - 2
        guard let unit = readHexQuad() else { throw failure("expected four hex digits after \\u\(foundDescription)") }
        switch unit {
        case 0xD800...0xDBFF:
            let low: UInt16? =
                offset + 1 < bytes.count && bytes[offset] == UInt8(ascii: "\\") && bytes[offset + 1] == UInt8(ascii: "u")
                ? { advance(); advance(); return readHexQuad() }() : nil
            guard let low, (0xDC00...0xDFFF).contains(low) else {
                throw failure(
                    "\\u\(String(unit, radix: 16)) is half of a surrogate pair without its other half; "
                        + "it is no character and cannot be stored (remove it, or write the character itself)", at: start)
            }
        case 0xDC00...0xDFFF:
            throw failure(
                "\\u\(String(unit, radix: 16)) is the second half of a surrogate pair without the first; "
                    + "it is no character and cannot be stored (remove it, or write the character itself)", at: start)
        default: break
        }
    }

    /// Four hex digits as a UTF-16 code unit, consumed; `nil` (nothing consumed past the first
    /// non-hex byte) when there are not four.
    private mutating func readHexQuad() -> UInt16? {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt16(digit)
            advance()
        }
        return value
    }

    /// Walks the value at the current offset like ``skipValue()``, and gives a failure the path of
    /// the value it is in (`offers[3].capacity`), so the message names the field as well as the line.
    package mutating func checkValue(path: inout [JSONSourceMap.PathComponent]) throws(Failure) {
        do throws(Failure) {
            guard current == UInt8(ascii: "{") || current == UInt8(ascii: "[") else {
                try skipValue()
                return
            }
            _ = try walkChildren { (scanner: inout JSONScanner, component) throws(Failure) -> Bool in
                path.append(component)
                defer { path.removeLast() }
                try scanner.checkValue(path: &path)
                return true
            }
        } catch {
            var located = error
            if located.path == nil { located.path = path }
            throw located
        }
    }

    /// The length of the valid UTF-8 sequence at the current offset, or a failure naming the byte.
    private func utf8SequenceLength() throws(Failure) -> Int {
        let length = bytes.withUnsafeBufferPointer { UTF8Sequence.length($0, at: offset) }
        guard let length else {
            throw failure("invalid UTF-8 byte 0x\(String(bytes[offset], radix: 16, uppercase: true)); the file must be UTF-8")
        }
        return length
    }
}
