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
        output.append(0x22)
        var runStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            runStart = index + 1
            switch byte {
            case 0x22: output.append(contentsOf: [0x5C, 0x22])
            case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            default:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            }
        }
        if runStart < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        output.append(0x22)
    }

    /// Appends a whole number in decimal, without making a `String`.
    package static func appendInteger(_ value: Int, to output: inout [UInt8]) {
        if value < 0 {
            output.append(UInt8(ascii: "-"))
            guard value != .min else { return output.append(contentsOf: String(value).utf8.dropFirst()) }
        }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            output.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Appends a number: whole numbers without a fraction (`14`, not `14.0`), others in the
    /// shortest form that reads back exactly.
    package static func appendNumber(_ value: Double, to output: inout [UInt8]) {
        if value == value.rounded(), abs(value) < 1e15 { return appendInteger(Int(value), to: &output) }
        output.append(contentsOf: String(value).utf8)
    }
}
