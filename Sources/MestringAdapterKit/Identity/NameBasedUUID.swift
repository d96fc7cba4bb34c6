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
        // Version 8 in the version nibble, and the RFC 9562 variant bits.
        let first = (finish(low) & ~0xF000) | 0x8000
        let second = (finish(high ^ low) & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        return format(high: first, low: second)
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
        var words: (high: UInt64, low: UInt64) = (0, 0)
        for (index, byte) in bytes.prefix(16).enumerated() {
            if index < 8 { words.high |= UInt64(byte) << (56 - 8 * UInt64(index)) } else { words.low |= UInt64(byte) << (120 - 8 * UInt64(index)) }
        }
        return format(high: words.high, low: words.low)
    }

    /// The 8-4-4-4-12 form of the 16 bytes `high` then `low` (each big-endian), written straight
    /// into the string's storage: parts of records need one for every phone, schedule and
    /// attribute, and building it from arrays cost more than the hashing.
    private static func format(high: UInt64, low: UInt64) -> String {
        String(unsafeUninitializedCapacity: 36) { text in
            var position = 0
            for nibble in 0..<32 {
                if nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20 {
                    text[position] = UInt8(ascii: "-")
                    position += 1
                }
                let word = nibble < 16 ? high : low
                let value = UInt8(truncatingIfNeeded: word >> UInt64(60 - 4 * (nibble & 15))) & 0x0F
                text[position] = value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") - 10 + value
                position += 1
            }
            return position
        }
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
