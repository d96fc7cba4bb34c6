/// The bytes of JSON scalars, shared by every JSON writer in the adapters so that strings are
/// escaped and numbers spelled the same way everywhere.
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

    /// Appends a number: whole numbers without a fraction (`14`, not `14.0`), others in the
    /// shortest form that reads back exactly.
    package static func appendNumber(_ value: Double, to output: inout [UInt8]) {
        if value == value.rounded(), abs(value) < 1e15 { return appendDecimal(Int(value), to: &output) }
        output.append(contentsOf: String(value).utf8)
    }
}
