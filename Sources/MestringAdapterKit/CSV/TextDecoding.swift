/// Byte-level checks and conversions the reader applies to each record: finding NUL bytes and
/// non-ASCII bytes quickly, validating UTF-8, and turning Windows-1252 into UTF-8.
///
/// They work on bytes, not on `String`, because they run over every byte of a file that may hold
/// a million rows.
package enum TextDecoding {
    /// What a scan for unusual bytes found.
    package enum ScanResult: Equatable {
        /// Only ASCII without NUL.
        case ascii
        /// The first byte at or above 0x80, at this offset.
        case nonASCII(at: Int)
        /// A NUL byte at this offset.
        case nul(at: Int)
    }

    /// Finds the first NUL or non-ASCII byte, eight bytes at a time.
    package static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> ScanResult {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return .ascii }
        let raw = UnsafeRawPointer(base)
        var index = 0
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let hasZero = (word &- ones) & ~word & highBits
            if word & highBits != 0 || hasZero != 0 { break }
            index += 8
        }
        while index < count {
            let byte = bytes[index]
            if byte == 0 { return .nul(at: index) }
            if byte >= 0x80 { return .nonASCII(at: index) }
            index += 1
        }
        return .ascii
    }

    /// The offset of the first byte that is not part of well-formed UTF-8 (or is NUL), or `nil`.
    /// Overlong forms, surrogates and code points above U+10FFFF are ill-formed.
    package static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0 { return index }
                switch scan(UnsafeBufferPointer(rebasing: bytes[(index + 1)...])) {
                case .ascii: return nil
                case .nul(let offset): return index + 1 + offset
                case .nonASCII(let offset): index += 1 + offset
                }
                continue
            }
            guard let length = UTF8Sequence.sequenceLength(bytes, at: index) else { return index }
            index += length
        }
        return nil
    }

    /// Unicode scalars of the Windows-1252 bytes 0x80–0x9F; the five bytes Windows-1252 leaves
    /// undefined map to the C1 control with the same number, as the WHATWG Encoding Standard does,
    /// so that no byte is lost.
    package static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
        0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Appends the UTF-8 form of Windows-1252 `bytes` to `output`.
    package static func appendWindows1252(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let scalar = byte < 0xA0 ? UInt32(windows1252High[Int(byte - 0x80)]) : UInt32(byte)
            if scalar < 0x800 {
                output.append(UInt8(0xC0 | (scalar >> 6)))
                output.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                output.append(UInt8(0xE0 | (scalar >> 12)))
                output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                output.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
    }
}
