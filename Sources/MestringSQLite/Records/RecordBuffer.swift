/// Records made one by one into memory of their own, to be joined with another buffer's records
/// into one array by moving them, not copying them.
///
/// A read shared by two connections makes each half's offers on its own thread. Appending one
/// half's array to the other would copy every offer (a retain of each text and list) and then
/// release the originals: a tenth of a whole load. Moving the records' bytes costs neither.
/// Safety (`@unchecked Sendable`): a buffer is filled by one thread and handed to another only
/// after that thread is done with it (``ReaderPool/alongside(_:here:there:)`` waits for it).
final class RecordBuffer<Record>: @unchecked Sendable {
    private var base: UnsafeMutablePointer<Record>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func append(_ record: consuming Record) {
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

    /// The records of `buffers`, in order, moved into one array; the buffers are empty afterwards.
    static func joined(_ buffers: [RecordBuffer]) -> [Record] {
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
