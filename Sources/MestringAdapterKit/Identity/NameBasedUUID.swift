/// UUIDs derived from names (RFC 9562 version 5), for formats that identify objects by UUID
/// (HSDS ids, FHIR `urn:uuid:` full URLs) while Mestring identifies records by the publisher's
/// own strings.
///
/// Deriving the UUID from the record's identifier, instead of drawing a random one, makes the same
/// catalogue always give the same document: exports diff cleanly, and links from other systems to
/// an exported record keep working. Each adapter has its own namespace, so that the HSDS and FHIR
/// UUIDs of one offer differ and cannot be confused.
package struct NameBasedUUID: Sendable {
    /// The RFC 9562 namespace for URLs, in which adapter namespaces are named.
    package static let urlNamespace: [UInt8] = [
        0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
    ]

    /// The 16 namespace bytes every UUID of this generator is derived in.
    package let namespace: [UInt8]

    /// A generator whose namespace is itself the version 5 UUID of `namespaceName` (e.g.
    /// `mestring.fhir`) in the URL namespace.
    package init(namespaceName: String) {
        namespace = Self.bytes(namespace: Self.urlNamespace, name: namespaceName)
    }

    /// The UUID, in lower-case 8-4-4-4-12 form, for the parts, e.g. `uuid("offer", "oslo-kols-skole")`.
    /// The parts are length-prefixed, so that no two different lists give the same name.
    package func uuid(_ parts: String...) -> String { uuid(parts: parts) }

    /// The UUID for a list of parts; see ``uuid(_:)``.
    package func uuid(parts: [String]) -> String {
        var name = ""
        for part in parts { name += "\(part.utf8.count):\(part)/" }
        return Self.format(Self.bytes(namespace: namespace, name: name))
    }

    /// A UUID for a part of a record (a phone, a schedule, an attribute…), derived from the
    /// record's UUID, the part's role and its index: RFC 9562 version 8, the version for
    /// vendor-specific derivations.
    ///
    /// A record's own UUID is a version 5 UUID of its identifier; its parts have no identifier of
    /// their own, and a SHA-1 for each of the dozens of parts of every record cost more than
    /// writing the record. Two 64-bit FNV-1a hashes of the same input, each finished with the
    /// SplitMix64 mixer, give the 122 free bits: deterministic on every platform, and distinct for
    /// distinct parts of one record, which is all an export needs.
    package static func child(of parent: String, _ role: String, _ index: Int) -> String {
        var low: UInt64 = 0xCBF2_9CE4_8422_2325
        var high: UInt64 = 0x84222325_CBF29CE4
        func mix(_ byte: UInt8) {
            low = (low ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            high = (high ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        for byte in parent.utf8 { mix(byte) }
        mix(0x1F)
        for byte in role.utf8 { mix(byte) }
        mix(0x1F)
        var remaining = UInt64(bitPattern: Int64(index))
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
        var bytes = [UInt8](repeating: 0, count: 16)
        for (offset, word) in [(0, finish(low)), (8, finish(high ^ low))] {
            for shift in 0..<8 { bytes[offset + shift] = UInt8(truncatingIfNeeded: word >> (56 - UInt64(shift) * 8)) }
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return format(bytes)
    }

    /// The SplitMix64 finaliser: spreads every input bit over the whole word.
    private static func finish(_ value: UInt64) -> UInt64 {
        var mixed = value
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    static func bytes(namespace: [UInt8], name: String) -> [UInt8] {
        var digest = Array(SHA1.digest(namespace + Array(name.utf8)).prefix(16))
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        return digest
    }

    /// The 8-4-4-4-12 lower-case hexadecimal form of 16 bytes.
    package static func format(_ bytes: [UInt8]) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `true` for a UUID in 8-4-4-4-12 hexadecimal form.
    package static func isUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
                else { return false }
            }
        }
        return true
    }
}
