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

    /// Checks and decodes every row, in parallel. A row whose shape is wrong is not decoded; its
    /// problems say why.
    func decoded(_ decode: @Sendable (inout RowReader<Column>) -> Decoded) -> [(row: RowReader<Column>, decoded: Decoded?)] {
        typealias Result = (row: RowReader<Column>, decoded: Decoded?)
        let storage = PackedRecords(bytes: bytes, ends: ends, quoted: quoted)
        let layout = layout
        let count = rows.count
        let parts = count < 256 ? 1 : ProcessInfo.processInfo.activeProcessorCount
        // Each part writes only the indices `part, part + parts, …`: no element is shared.
        nonisolated(unsafe) let output = UnsafeMutableBufferPointer<Result>.allocate(capacity: count)
        defer { output.deallocate() }
        rows.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let rows = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                for index in stride(from: part, to: count, by: parts) {
                    let place = rows[index]
                    let cells = RowCells(storage: storage, base: place.base, firstField: place.firstField, count: place.count, line: place.line)
                    var row = RowReader(record: cells, layout: layout, row: place.row)
                    row.checkShape()
                    let decoded = row.problems.isEmpty ? decode(&row) : nil
                    output.initializeElement(at: index, to: (consume row, decoded))
                }
            }
        }
        return (0..<count).map { output.moveElement(from: $0) }
    }
}
