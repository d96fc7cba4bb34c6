import Foundation

/// The meanings of the published terms by the bytes of their UUIDs: an import looks up the term
/// of every attribute (a national feed has a million), and making a `String` of each id only to
/// hash it cost a fifth of the import.
///
/// An open-addressing table of a few hundred slots, hashed on the id's first eight bytes (the
/// leading hex digits of a name-based UUID, which differ between terms) and confirmed on all of
/// them, so that any text finds a term only when it is the term's id exactly.
struct HSDSTermLookup: Sendable {
    /// Every id's bytes, one after another.
    private let ids: [UInt8]
    /// Per slot, the index in ``entries`` of the term there, or `-1` for an empty slot: plain
    /// numbers, so that probing copies nothing that is counted by reference.
    private let slots: [Int32]
    /// Per term, where its id lies in ``ids`` and what it means.
    private let entries: [(start: Int, count: Int, meaning: MestringTaxonomies.TermMeaning)]
    private let mask: Int

    /// A table of `meanings`.
    init(_ meanings: [String: MestringTaxonomies.TermMeaning]) {
        var size = 64
        while size < meanings.count * 4 { size *= 2 }
        var ids: [UInt8] = []
        var slots = [Int32](repeating: -1, count: size)
        var entries: [(start: Int, count: Int, meaning: MestringTaxonomies.TermMeaning)] = []
        // Sorted, so that the table is the same in every process.
        for (id, meaning) in meanings.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(id.utf8)
            var slot = bytes.withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(entries.count)
            entries.append((ids.count, bytes.count, meaning))
            ids += bytes
        }
        self.ids = ids
        self.slots = slots
        self.entries = entries
        mask = size - 1
    }

    /// The meaning of the term whose id is `id`, or `nil`.
    func meaning(of id: UnsafeBufferPointer<UInt8>) -> MestringTaxonomies.TermMeaning? {
        ids.withUnsafeBufferPointer { ids in
            entries.withUnsafeBufferPointer { entries in
                slots.withUnsafeBufferPointer { slots in
                    var slot = Self.hash(id) & mask
                    while slots[slot] >= 0 {
                        let entry = Int(slots[slot])
                        if entries[entry].count == id.count, Self.equal(ids.baseAddress.map { $0 + entries[entry].start }, id.baseAddress, id.count) {
                            return entries[entry].meaning
                        }
                        slot = (slot + 1) & mask
                    }
                    return nil
                }
            }
        }
    }

    /// Whether `count` bytes at `stored` and `wanted` are the same.
    private static func equal(_ stored: UnsafePointer<UInt8>?, _ wanted: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
        guard let stored, let wanted else { return count == 0 }
        return memcmp(stored, wanted, count) == 0
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var key = UInt64(bytes.count)
        for byte in bytes.prefix(8) { key = key << 8 | UInt64(byte) }
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40)
    }
}
