import Foundation

/// The lists of one list column already read during one read, found again by their stored bytes.
///
/// Reading many offers meets the same lists over and over: `["nb"]`, one or two audiences, a
/// handful of diagnoses, a municipality's number. A list found here is the same array as the one
/// read from the same bytes before (the same elements, its storage shared), so the offer gets it
/// without the JSON being read again or an array being made. The bytes decide: equal bytes read
/// to equal lists, so the offers are the same as when every list is read.
///
/// The cache lives for one read and keeps at most ``capacity`` lists: a column whose lists are
/// all different (a catalogue's sessions) costs a bounded table and a hash of each list.
struct ListColumnCache<Element> {
    private struct Entry {
        let hash: Int
        let bytes: [UInt8]
        let list: [Element]
    }

    /// The most lists kept; later ones are read every time.
    static var capacity: Int { 4096 }

    /// Open addressing, twice as many slots as lists at most; empty until the first list.
    private var slots: [Entry?] = []
    private var count = 0

    /// The list stored as `bytes`: the one read from the same bytes before, or `read()`'s, kept.
    mutating func list(_ bytes: UnsafeBufferPointer<UInt8>, orRead read: () throws -> [Element]) rethrows -> [Element] {
        guard !bytes.isEmpty else { return try read() }
        let hash = Self.hash(bytes)
        if !slots.isEmpty {
            var index = hash & (slots.count - 1)
            while let entry = slots[index] {
                if entry.hash == hash && entry.bytes.count == bytes.count
                    && entry.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 })
                {
                    return entry.list
                }
                index = (index + 1) & (slots.count - 1)
            }
        }
        let list = try read()
        if count < Self.capacity {
            if (count + 1) * 2 > slots.count { grow() }
            var index = hash & (slots.count - 1)
            while slots[index] != nil { index = (index + 1) & (slots.count - 1) }
            slots[index] = Entry(hash: hash, bytes: Array(bytes), list: list)
            count += 1
        }
        return list
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: nil, count: max(64, old.count * 2))
        for case let entry? in old {
            var index = entry.hash & (slots.count - 1)
            while slots[index] != nil { index = (index + 1) & (slots.count - 1) }
            slots[index] = entry
        }
    }

    /// A hash of the bytes eight at a time (lists are short; no seed is needed for one read's table).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(base[offset])) &* 0x100_0000_01B3
            offset += 1
        }
        hash = (hash ^ (hash >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
