import Foundation
import Mestring

/// Reads the rows of one file on a thread of its own and hands them over in batches, so that
/// reading the next rows overlaps with decoding and applying the previous ones.
///
/// At most ``capacity`` batches wait, so memory stays bounded however large the file is. The
/// consumer gets the batches in file order; a reading error arrives after the batches before it.
/// Stopping early (``cancel()``) makes the reading thread stop at its next batch.
final class RowPipeline<Column: TableColumn, Decoded: Sendable>: @unchecked Sendable {
    // Every mutable property is guarded by `condition`; the reader is only touched by the reading
    // thread once it has started.
    private let condition = NSCondition()
    private var batches: [RowBatch<Column, Decoded>] = []
    private var finished = false
    private var failure: StoreError?
    private var cancelled = false
    private let done = DispatchSemaphore(value: 0)
    private static var capacity: Int { 2 }

    /// Starts reading the data rows of `reader`, whose header has been read into `layout`, on a
    /// thread of its own (not one of Dispatch's, which decode the batches).
    init(reader: CSVReader, layout: TableLayout<Column>) {
        nonisolated(unsafe) let reader = reader
        Thread { [self] in
            defer { done.signal() }
            var record = CSVRecord()
            var batch = RowBatch<Column, Decoded>(layout: layout)
            var rowNumber = 1  // the header, row 1 as a spreadsheet numbers it
            do {
                while try reader.readRecord(into: &record) {
                    rowNumber += 1
                    if record.isBlankLine { continue }
                    batch.append(record, row: rowNumber)
                    if batch.isFull {
                        batch.bytesRead = reader.bytesRead
                        guard put(batch) else { return }
                        batch = RowBatch(layout: layout)
                    }
                }
                batch.bytesRead = reader.bytesRead
                if put(batch) { finish(nil) }
            } catch var error as StoreError {
                // A syntax error from the reader: name the row being read and the column's header.
                if error.row == nil { error.row = rowNumber + 1 }
                if let column = error.column, layout.headers.indices.contains(column - 1) { error.field = layout.headers[column - 1] }
                if put(batch) { finish(error) }
            } catch {
                if put(batch) { finish(StoreError(.io, "cannot read the file: \(error)", file: layout.file)) }
            }
        }.start()
    }

    /// Waits for room, then queues a batch; `false` when the consumer has stopped.
    private func put(_ batch: RowBatch<Column, Decoded>) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= Self.capacity, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    private func finish(_ error: StoreError?) {
        condition.lock()
        failure = error
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, `nil` at the end of the file; throws the reading error once the batches
    /// before it are taken.
    func next() throws -> RowBatch<Column, Decoded>? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty, !finished { condition.wait() }
        if !batches.isEmpty {
            condition.broadcast()
            return batches.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// Stops the reading thread and waits until it has let go of the file.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
        done.wait()
    }
}
