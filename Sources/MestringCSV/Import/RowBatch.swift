import Foundation

/// Rows of one file collected for decoding together on all cores.
///
/// Decoding a row (parsing its cells into an offer) depends on that row only, so a batch is split
/// among the processor cores; the results come back in file order, for the import to apply one by
/// one. A batch holds at most a few thousand rows or a few megabytes, so memory stays bounded
/// however large the file is.
struct RowBatch<Column: TableColumn, Decoded: Sendable> {
    let layout: TableLayout<Column>
    /// How far into the file the reader was when the batch was full, for progress reports.
    var bytesRead = 0
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var quoted: [Bool] = []
    /// Where each row is in the buffers, and its line and row number.
    private var rows: [(base: Int, firstField: Int, count: Int, line: Int, row: Int)] = []
    private static var rowCapacity: Int { 2048 }
    private static var byteCapacity: Int { 8 << 20 }

    init(layout: TableLayout<Column>) {
        self.layout = layout
    }

    var isFull: Bool { rows.count >= Self.rowCapacity || bytes.count >= Self.byteCapacity }

    /// The number of rows in the batch.
    var count: Int { rows.count }

    /// Copies a record into the batch.
    mutating func append(_ record: CSVRecord, row: Int) {
        let base = bytes.count
        rows.append((base, ends.count, record.count, record.line, row))
        bytes.append(contentsOf: record.bytes)
        ends.append(contentsOf: record.ends.lazy.map { $0 + base })
        quoted.append(contentsOf: record.quoted)
    }

    /// Checks and decodes every row, in parallel, then hands each row with its decoded value to
    /// `apply` in file order, moved, not copied. A row whose shape is wrong is not decoded; its
    /// problems say why.
    func decode(
        _ decode: @Sendable (inout RowReader<Column>) -> Decoded, apply: (inout RowReader<Column>, consuming Decoded?) throws -> Void
    ) rethrows {
        let storage = PackedRecords(bytes: bytes, ends: ends, quoted: quoted)
        let layout = layout
        let count = rows.count
        let parts = count < 256 ? 1 : ProcessInfo.processInfo.activeProcessorCount
        // Each part writes only the indices `part, part + parts, …`: no element is shared. Rows and
        // values are kept apart so that each can be handed on where it lies.
        nonisolated(unsafe) let readers = UnsafeMutableBufferPointer<RowReader<Column>>.allocate(capacity: count)
        nonisolated(unsafe) let values = UnsafeMutableBufferPointer<Decoded?>.allocate(capacity: count)
        var applied = 0
        defer {
            readers.deinitialize()
            values[applied...].deinitialize()
            readers.deallocate()
            values.deallocate()
        }
        rows.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let rows = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                for index in stride(from: part, to: count, by: parts) {
                    let place = rows[index]
                    let cells = RowCells(storage: storage, base: place.base, firstField: place.firstField, count: place.count, line: place.line)
                    var row = RowReader(record: cells, layout: layout, row: place.row)
                    row.checkShape()
                    values.initializeElement(at: index, to: row.problems.isEmpty ? decode(&row) : nil)
                    readers.initializeElement(at: index, to: consume row)
                }
            }
        }
        while applied < count {
            applied += 1
            try apply(&readers[applied - 1], values.moveElement(from: applied - 1))
        }
    }
}
