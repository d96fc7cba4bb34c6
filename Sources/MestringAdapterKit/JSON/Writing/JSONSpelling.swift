/// The bytes of JSON scalars, shared by every JSON writer in the adapters (the pretty encoder,
/// the compact encoder, `JSONValue`'s writer and hand-written writers such as HSDS's) so that
/// strings are escaped and numbers spelled the same way everywhere, and infinity or NaN is refused
/// everywhere.
///
/// Strings are written as they are in UTF-8, with only the quote, the backslash and control
/// characters escaped (slashes and letters such as æ, ø, å stay readable), which is what
/// `JSONEncoder` writes with `.withoutEscapingSlashes`.
package enum JSONSpelling {
    /// Appends `text` as a quoted JSON string.
    package static func appendString(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendString(utf8: $0, to: &output) }
    }

    /// Appends UTF-8 bytes as a quoted JSON string, copying runs that need no escape at once.
    package static func appendString(utf8 bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        appendString(utf8: bytes, to: &output, shortBackspaceAndFormFeed: false)
    }

    /// Appends UTF-8 bytes as a quoted JSON string. With `shortBackspaceAndFormFeed`, backspace
    /// and form feed are `\b` and `\f` as `JSONEncoder` writes them; without, `\u0008` and
    /// `\u000c`, as the compact files have always had them.
    static func appendString<Sink: JSONByteSink>(utf8 bytes: UnsafeBufferPointer<UInt8>, to output: inout Sink, shortBackspaceAndFormFeed: Bool) {
        output.append(0x22)
        var runStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            if runStart < index { output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            runStart = index + 1
            output.append(0x5C)
            switch byte {
            case 0x22: output.append(0x22)
            case 0x5C: output.append(0x5C)
            case 0x0A: output.append(UInt8(ascii: "n"))
            case 0x0D: output.append(UInt8(ascii: "r"))
            case 0x09: output.append(UInt8(ascii: "t"))
            case 0x08 where shortBackspaceAndFormFeed: output.append(UInt8(ascii: "b"))
            case 0x0C where shortBackspaceAndFormFeed: output.append(UInt8(ascii: "f"))
            default:
                for digit in [UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]] { output.append(digit) }
            }
        }
        if runStart < bytes.count { output.append(UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        output.append(0x22)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends a whole number in decimal, without making a `String`.
    package static func appendInteger(_ value: Int, to output: inout [UInt8]) {
        appendDecimal(value, to: &output)
    }

    /// Appends a whole number of any width in decimal, without making a `String`.
    static func appendDecimal<Integer: FixedWidthInteger, Sink: JSONByteSink>(_ value: Integer, to output: inout Sink) {
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var position = buffer.count
            repeat {
                position -= 1
                buffer[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                position -= 1
                buffer[position] = UInt8(ascii: "-")
            }
            output.append(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[position...]))
        }
    }

    /// Appends a number as `JSONEncoder` spells it, the one spelling every writer of the kit
    /// uses: Swift's shortest form that reads back exactly (`0.25`, `1e+20`; a `Float` as a
    /// `Float`, `0.1`), without a trailing `.0` (`14`, `3000000000000000`, `-0`).
    /// - Throws: `EncodingError.invalidValue` for infinity and NaN, which JSON cannot spell: a
    ///   writer that wrote `inf` would make a file no reader accepts.
    static func appendFloatingPoint<Number: BinaryFloatingPoint & CustomStringConvertible, Sink: JSONByteSink>(
        _ value: Number, to output: inout Sink
    ) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        // Whole numbers below 2^significandBitCount, which `description` writes in plain digits
        // with `.0`, skip the `String`.
        let plainDigits = Number(sign: .plus, exponent: Number.Exponent(Number.significandBitCount), significand: 1)
        if value == value.rounded(.towardZero), value.magnitude < plainDigits, !(value == 0 && value.sign == .minus) {
            return appendDecimal(Int64(value), to: &output)
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { output.append($0) }
    }

    /// Appends a number as ``appendFloatingPoint(_:to:)`` spells it, to a byte array.
    package static func appendNumber(_ value: Double, to output: inout [UInt8]) throws {
        try appendFloatingPoint(value, to: &output)
    }
}
