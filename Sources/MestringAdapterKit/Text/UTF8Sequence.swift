/// The one rule for what counts as well-formed UTF-8 in the kit: the JSON scanners and the CSV
/// reader accept and refuse exactly the same byte sequences, so a text that loads from one format
/// loads from the other.
enum UTF8Sequence {
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
}
