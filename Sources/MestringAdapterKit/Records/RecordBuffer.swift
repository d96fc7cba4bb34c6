/// Records made one by one into memory of their own, to be joined with another buffer's records
/// into one array by moving them, not copying them.
///
/// A read shared by two processors (two SQLite connections, two parts of an HSDS feed) makes each
/// part's offers on its own thread. Appending one part's array to the other would copy every
/// offer (a retain of each text and list) and then release the originals: a tenth of a whole
/// SQLite load, and an eighth of an HSDS import spent on one processor. Moving the records' bytes
/// costs neither.
/// Safety (`@unchecked Sendable`): a buffer is filled by one thread and handed to another only
/// after that thread is done with it (the caller waits for the part that fills it).
package final class RecordBuffer<Record>: @unchecked Sendable {
    private var base: UnsafeMutablePointer<Record>
    private var capacity: Int
    package private(set) var count = 0

    package init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    package func append(_ record: consuming Record) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Record>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: record)
        count += 1
    }

    /// The records of `buffers`, put in `order` as they are moved into one array: record `i` of
    /// the result is record `order[i]` of the buffers' records one after another. Each record is
    /// moved once, where moving them in order and then sorting the array would move most twice.
    /// The buffers are empty afterwards.
    /// - Precondition: `order` holds each index of the joined records exactly once.
    package static func joined(_ buffers: [RecordBuffer], order: [Int]) -> [Record] {
        let total = buffers.reduce(0) { $0 + $1.count }
        precondition(order.count == total, "the order must name every record once")
        // Where each buffer's records start among all of them; a handful of buffers at most.
        var starts: [Int] = []
        var start = 0
        for buffer in buffers {
            starts.append(start)
            start += buffer.count
        }
        let joined = [Record](unsafeUninitializedCapacity: total) { records, initialized in
            for index in order {
                let part = starts.lastIndex { $0 <= index }!
                (records.baseAddress! + initialized).moveInitialize(from: buffers[part].base + (index - starts[part]), count: 1)
                initialized += 1
            }
        }
        for buffer in buffers { buffer.count = 0 }
        return joined
    }

    /// The records of `buffers`, in order, moved into one array; the buffers are empty afterwards.
    package static func joined(_ buffers: [RecordBuffer]) -> [Record] {
        let total = buffers.reduce(0) { $0 + $1.count }
        return [Record](unsafeUninitializedCapacity: total) { records, initialized in
            for buffer in buffers {
                (records.baseAddress! + initialized).moveInitialize(from: buffer.base, count: buffer.count)
                initialized += buffer.count
                buffer.count = 0
            }
        }
    }
}
