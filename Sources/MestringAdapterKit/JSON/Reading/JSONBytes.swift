/// Small readers over the bytes of a JSON text that ``JSONDocument`` has already checked, so they
/// need not check the grammar again: where a value ends, a string's content, a whole number.
enum JSONBytes {
    /// The value of one hex digit, or `nil`.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// `-?[0-9]+` as an `Int64`, or `nil` when it has other bytes or does not fit.
    static func wholeNumber(_ text: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard !text.isEmpty else { return nil }
        let negative = text[0] == UInt8(ascii: "-")
        var magnitude: UInt64 = 0
        for byte in text[(negative ? 1 : 0)...] {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit))
            guard !overflow1 && !overflow2 else { return nil }
            magnitude = sum
        }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// The offset after white space from `offset` on.
    @inline(__always)
    static func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        var offset = offset
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return offset
            }
        }
        return offset
    }

    /// The offset after the string, number or literal at `offset` (not an object or array).
    static func scalarEnd(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        switch bytes[offset] {
        case UInt8(ascii: "\""): return stringEnd(bytes, at: offset).end
        case UInt8(ascii: "t"), UInt8(ascii: "n"): return offset + 4
        case UInt8(ascii: "f"): return offset + 5
        default:
            var end = offset + 1
            while end < bytes.count {
                switch bytes[end] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
                    UInt8(ascii: "+"), UInt8(ascii: "-"):
                    end += 1
                default: return end
                }
            }
            return end
        }
    }

    /// The offset after the closing quote of the string at `offset`, and whether it has escapes.
    @inline(__always)
    static func stringEnd(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (end: Int, escaped: Bool) {
        var index = offset + 1
        var escaped = false
        while true {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return (index + 1, escaped) }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index += 2
            } else {
                index += 1
            }
        }
    }

    /// The content of the string whose quotes are at `start - 1` and `end`, escapes resolved.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, escaped: Bool) -> String {
        guard escaped else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }
        var content: [UInt8] = []
        content.reserveCapacity(end - start)
        appendContent(bytes, from: start, to: end, escaped: true, to: &content)
        return String(decoding: content, as: UTF8.self)
    }

    /// Appends the content of the string whose quotes are at `start - 1` and `end` to `content`,
    /// escapes resolved.
    static func appendContent(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, escaped: Bool, to content: inout [UInt8]) {
        guard escaped else { return content.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end])) }
        // Resolving an escape never makes the text longer, so the content is written straight
        // into room for the raw bytes and the rest cut off: a JSON text carried in a string (HSDS
        // attributes) has an escaped quote every few bytes, and appending each run between them
        // checked the array's storage every time.
        let first = content.count
        content.append(contentsOf: repeatElement(0, count: end - start))
        let written = content.withUnsafeMutableBufferPointer { out in
            var index = start
            var at = first
            func put(_ byte: UInt8) {
                out[at] = byte
                at += 1
            }
            while index < end {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "\\") else {
                    put(byte)
                    index += 1
                    continue
                }
                let escape = bytes[index + 1]
                index += 2
                switch escape {
                case UInt8(ascii: "b"): put(0x08)
                case UInt8(ascii: "f"): put(0x0C)
                case UInt8(ascii: "n"): put(0x0A)
                case UInt8(ascii: "r"): put(0x0D)
                case UInt8(ascii: "t"): put(0x09)
                case UInt8(ascii: "u"):
                    var scalar = hexQuad(bytes, at: index)
                    index += 4
                    if (0xD800...0xDBFF).contains(scalar) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (hexQuad(bytes, at: index + 2) - 0xDC00)
                        index += 6
                    }
                    for unit in (Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8 { put(unit) }
                default: put(escape)
                }
            }
            return at
        }
        content.removeLast(content.count - written)
    }

    private static func hexQuad(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
        var value: UInt32 = 0
        for index in offset..<(offset + 4) { value = value << 4 | UInt32(hexValue(bytes[index]) ?? 0) }
        return value
    }
}
