/// The one rule for what counts as well-formed UTF-8 in the kit: the JSON scanners and the CSV
/// reader accept and refuse exactly the same byte sequences, so a text that loads from one format
/// loads from the other; adapters make strings of stored bytes with it (``string(_:)``).
package enum UTF8Sequence {
    /// The length of the UTF-8 sequence of two to four bytes at `offset`, or `nil` when it is not
    /// well formed: no overlong forms, no surrogates, nothing beyond U+10FFFF.
    static func length(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        let lead = bytes[offset]
        let (length, minimum): (Int, UInt32) =
            switch lead {
            case 0xC2...0xDF: (2, 0x80)
            case 0xE0...0xEF: (3, 0x800)
            case 0xF0...0xF4: (4, 0x10000)
            default: (0, 0)
            }
        guard length > 0, offset + length <= bytes.count else { return nil }
        var scalar = UInt32(lead) & (0xFF >> (length + 1))
        for index in (offset + 1)..<(offset + length) {
            let byte = bytes[index]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return nil }
        return length
    }

    /// ``length(_:at:)``, with the two-byte sequences of Norwegian letters (æ, ø, å) checked in
    /// place: they are well formed whenever the lead is C2 to DF and a continuation byte follows,
    /// and Norwegian text has one every few dozen bytes, each a call before.
    @inline(__always)
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        let lead = bytes[offset]
        if lead >= 0xC2, lead <= 0xDF, offset + 1 < bytes.count, bytes[offset + 1] & 0xC0 == 0x80 { return 2 }
        return length(bytes, at: offset)
    }

    /// A string of the UTF-8 `bytes`; bytes that are not well formed are repaired as
    /// `String(decoding:as:)` repairs them, so the string is the same.
    ///
    /// Reading a national catalogue makes strings of about 100 MB of stored text. The standard
    /// library checks each byte in turn; Norwegian text is ASCII but for an æ, ø or å every few
    /// dozen bytes, so checking eight bytes at a time where they are ASCII is about three times
    /// as fast, and the string is then made without checking again.
    package static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if #available(macOS 26, *), let isASCII = checked(bytes) {
            return unsafe String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `nil` when `bytes` are not well-formed UTF-8, else whether they are all ASCII.
    static func checked(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let base = bytes.baseAddress else { return true }
        var isASCII = true
        var offset = 0
        while offset < bytes.count {
            if offset + 8 <= bytes.count {
                let high = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)) & 0x8080_8080_8080_8080
                guard high != 0 else {
                    offset += 8
                    continue
                }
                // The first byte that is not ASCII.
                offset += high.trailingZeroBitCount / 8
            } else if base[offset] < 0x80 {
                offset += 1
                continue
            }
            guard let length = sequenceLength(bytes, at: offset) else { return nil }
            isASCII = false
            offset += length
        }
        return isASCII
    }
}
