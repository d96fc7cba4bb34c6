import MestringAdapterKit
import Testing

/// Parts read side by side are joined by moving their records: every record arrives once, in the
/// order asked for, and none is released twice or kept behind in a buffer.
@Suite("RecordBuffer joins parts by moving records")
struct RecordBufferTests {
    final class Releases {
        var count = 0
    }

    final class Record {
        let value: Int
        let releases: Releases
        init(_ value: Int, _ releases: Releases) {
            self.value = value
            self.releases = releases
        }
        deinit { releases.count += 1 }
    }

    private static func buffers(_ sizes: [Int], _ releases: Releases) -> [RecordBuffer<Record>] {
        var next = 0
        return sizes.map { size in
            let buffer = RecordBuffer<Record>(capacity: 1)  // grows, moving what it holds
            for _ in 0..<size {
                buffer.append(Record(next, releases))
                next += 1
            }
            return buffer
        }
    }

    @Test func joinedKeepsThePartsOrder() {
        let releases = Releases()
        do {
            let buffers = Self.buffers([3, 0, 20], releases)
            let joined = RecordBuffer.joined(buffers)
            #expect(joined.map(\.value) == Array(0..<23))
            #expect(buffers.allSatisfy { $0.count == 0 })
        }
        #expect(releases.count == 23, "each record released once, by the array")
    }

    @Test func joinedInOrderMovesEachRecordToItsPlace() {
        let releases = Releases()
        let order = [4, 0, 3, 1, 2, 6, 5]
        do {
            let buffers = Self.buffers([3, 2, 2], releases)
            let joined = RecordBuffer.joined(buffers, order: order)
            #expect(joined.map(\.value) == order)
            #expect(buffers.allSatisfy { $0.count == 0 })
            #expect(releases.count == 0)
        }
        #expect(releases.count == 7, "each record released once, by the array")
    }
}
