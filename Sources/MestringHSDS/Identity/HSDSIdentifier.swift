/// The UUIDs an HSDS document needs, derived from Mestring identifiers by name (RFC 9562 version 5).
///
/// HSDS identifies every object by UUID; Mestring identifiers are the publisher's own strings.
/// Deriving the UUID from the identifier, instead of drawing a random one, makes the same
/// catalogue always give the same document, so exports diff cleanly and links from other systems
/// to an exported service keep working. The Mestring identifier itself travels with the object
/// (attribute `mestring-field: id`), so it comes back on import.
public enum HSDSIdentifier {
    /// The namespace of every Mestring-derived UUID: itself the version 5 UUID of the name
    /// `mestring.hsds` in the URL namespace of RFC 9562.
    public static let namespace: [UInt8] = uuidBytes(
        namespace: [0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8],
        name: "mestring.hsds")

    /// The UUID, in lower-case 8-4-4-4-12 form, for `name` in the Mestring namespace, e.g.
    /// `uuid("offer", "oslo-kols-skole")`.
    public static func uuid(_ parts: String...) -> String { uuid(joined: parts) }

    /// The UUID for the parts joined by a separator that identifiers rarely contain; the parts
    /// are length-prefixed so that no two different lists give the same name.
    static func uuid(joined parts: [String]) -> String {
        var name = ""
        for part in parts { name += "\(part.utf8.count):\(part)/" }
        return format(uuidBytes(namespace: namespace, name: name))
    }

    static func uuidBytes(namespace: [UInt8], name: String) -> [UInt8] {
        var digest = Array(SHA1.digest(namespace + Array(name.utf8)).prefix(16))
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        return digest
    }

    static func format(_ bytes: [UInt8]) -> String {
        let hex: [Character] = Array("0123456789abcdef")
        var text = ""
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append("-") }
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return text
    }

    /// `true` for a UUID in 8-4-4-4-12 hexadecimal form, as HSDS requires for `id` fields.
    public static func isUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard Character(Unicode.Scalar(byte)).isHexDigit else { return false }
            }
        }
        return true
    }
}
