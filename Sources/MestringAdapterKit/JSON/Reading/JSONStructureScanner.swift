/// The first of the two passes of ``JSONDocument``: checks a whole JSON text in one go and records
/// where every object and array ends.
///
/// It accepts exactly what ``JSONScanner`` accepts (the same UTF-8, escape, surrogate, number,
/// nesting and white-space rules), but it keeps no line, column or path: it only says *whether*
/// the text is well-formed, so that the common case costs one tight loop. When it fails, the
/// document asks ``JSONSourceMap/firstSyntaxError()`` for the place and the message.
struct JSONStructureScanner {
    /// The text is not one well-formed JSON value in UTF-8.
    struct Invalid: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var spans: JSONSpanIndex
    private static let maximumDepth = 512

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        spans = JSONSpanIndex(textLength: bytes.count)
    }

    /// The spans of all objects and arrays in document order, or ``Invalid``.
    mutating func scan() throws(Invalid) -> JSONSpanIndex {
        // Open containers: their index in `spans`, and whether each is an object.
        var open: [(index: Int, isObject: Bool)] = []
        skipWhitespace()
        while true {
            // A value starts here.
            guard offset < bytes.count else { throw Invalid() }
            var completed = true
            switch bytes[offset] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = bytes[offset] == UInt8(ascii: "{")
                open.append((spans.count, isObject))
                spans.append(JSONContainerSpan(end: 0, next: 0))
                guard open.count <= Self.maximumDepth else { throw Invalid() }
                offset += 1
                skipWhitespace()
                if offset < bytes.count, bytes[offset] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    offset += 1
                    close(&open)
                } else {
                    if isObject { try memberName() }
                    completed = false
                }
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: throw Invalid()
            }
            guard completed else { continue }
            // After a value: a separator, the end of its container, or the end of the document.
            while true {
                skipWhitespace()
                guard let top = open.last else {
                    guard offset == bytes.count else { throw Invalid() }
                    return spans.shrunk()
                }
                guard offset < bytes.count else { throw Invalid() }
                let byte = bytes[offset]
                if byte == UInt8(ascii: ",") {
                    offset += 1
                    skipWhitespace()
                    if top.isObject { try memberName() }
                    break
                }
                guard byte == (top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else { throw Invalid() }
                offset += 1
                close(&open)
            }
        }
    }

    private mutating func close(_ open: inout [(index: Int, isObject: Bool)]) {
        let index = open.removeLast().index
        spans[index] = JSONContainerSpan(end: offset, next: spans.count)
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    /// A member name, the colon and the white space before the value.
    private mutating func memberName() throws(Invalid) {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw Invalid() }
        try string()
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw Invalid() }
        offset += 1
        skipWhitespace()
    }

    private mutating func literal(_ text: StaticString) throws(Invalid) {
        let length = text.utf8CodeUnitCount
        guard offset + length <= bytes.count else { throw Invalid() }
        for index in 0..<length where bytes[offset + index] != text.utf8Start[index] { throw Invalid() }
        offset += length
    }

    private mutating func string() throws(Invalid) {
        offset += 1
        while offset < bytes.count {
            if offset + 8 <= bytes.count,
                Self.arePlain(UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
            {
                offset += 8
                continue
            }
            let byte = bytes[offset]
            if byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                offset += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return
            case UInt8(ascii: "\\"): try escape()
            case 0x80...: try utf8Sequence()
            default: throw Invalid()
            }
        }
        throw Invalid()
    }

    /// Whether eight bytes are all plain string content: ASCII, not a control character, not `"`
    /// or `\`. Strings are most of a catalogue's text (an HSDS feed's attributes carry Mestring
    /// JSON as strings), and looking at them a word at a time cut the check of a 356 MB HSDS feed
    /// by about a third (423 to 288–305 ms).
    ///
    /// Each test is the exact "some byte is zero" or "some byte is below n" trick on the whole
    /// word; the bytes that fail it are then read one by one.
    @inline(__always)
    private static func arePlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let control = (word &- ones &* 0x20) & ~word
        let quoteFound = (quote &- ones) & ~quote
        let backslashFound = (backslash &- ones) & ~backslash
        return (control | quoteFound | backslashFound | word) & high == 0
    }

    private mutating func escape() throws(Invalid) {
        offset += 1
        guard offset < bytes.count else { throw Invalid() }
        let escaped = bytes[offset]
        offset += 1
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return
        case UInt8(ascii: "u"):
            let unit = try hexQuad()
            if (0xDC00...0xDFFF).contains(unit) { throw Invalid() }
            guard (0xD800...0xDBFF).contains(unit) else { return }
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                throw Invalid()
            }
            offset += 2
            guard (0xDC00...0xDFFF).contains(try hexQuad()) else { throw Invalid() }
        default: throw Invalid()
        }
    }

    private mutating func hexQuad() throws(Invalid) -> UInt16 {
        guard offset + 4 <= bytes.count else { throw Invalid() }
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let digit = JSONBytes.hexValue(bytes[offset]) else { throw Invalid() }
            value = value << 4 | UInt16(digit)
            offset += 1
        }
        return value
    }

    /// One UTF-8 encoded scalar of two to four bytes.
    private mutating func utf8Sequence() throws(Invalid) {
        guard let length = UTF8Sequence.sequenceLength(bytes, at: offset) else { throw Invalid() }
        offset += length
    }

    /// A number in JSON's grammar that Mestring can hold: a whole number of at most 64 bits, or
    /// another number that a `Double` holds without becoming infinite.
    private mutating func number() throws(Invalid) {
        let start = offset
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        let integerStart = offset
        guard digits() > 0 else { throw Invalid() }
        if bytes[integerStart] == UInt8(ascii: "0") && offset - integerStart > 1 { throw Invalid() }
        var isWhole = true
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            isWhole = false
            guard digits() > 0 else { throw Invalid() }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            offset += 1
            isWhole = false
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            guard digits() > 0 else { throw Invalid() }
        }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<offset])
        if isWhole {
            guard JSONBytes.wholeNumber(text) != nil else { throw Invalid() }
        } else {
            guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else { throw Invalid() }
        }
    }

    private mutating func digits() -> Int {
        let first = offset
        while offset < bytes.count, bytes[offset] &- UInt8(ascii: "0") < 10 { offset += 1 }
        return offset - first
    }
}
