/// The cells of one data row, kept in the buffer of the batch it was read in.
///
/// A batch copies the records it collects into one buffer (``PackedRecords``), so that thousands
/// of rows cost a few allocations instead of three each; a row is then a window on it.
struct RowCells: Sendable {
    let storage: PackedRecords
    /// Where the row's first field's bytes start.
    let base: Int
    /// The index of the row's first field among all fields of the batch.
    let firstField: Int
    /// The number of fields.
    let count: Int
    /// The 1-based line the row starts on.
    let line: Int

    func start(of field: Int) -> Int { field == 0 ? base : storage.ends[firstField + field - 1] }
    func end(of field: Int) -> Int { storage.ends[firstField + field] }

    /// `true` when nothing was written in the cell (not even `""`).
    func isBlank(_ field: Int) -> Bool { !storage.quoted[firstField + field] && start(of: field) == end(of: field) }

    /// `true` for a quoted empty cell, `""`.
    func isStatedEmpty(_ field: Int) -> Bool { storage.quoted[firstField + field] && start(of: field) == end(of: field) }

    subscript(field: Int) -> String { withFieldBytes(field) { String(decoding: $0, as: UTF8.self) } }

    func withFieldBytes<Result>(_ field: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let range = start(of: field)..<end(of: field)
        return try storage.bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The cells as read, `nil` for a blank one, for a rejects file.
    var cells: [String?] { (0..<count).map { isBlank($0) ? nil : self[$0] } }
}

/// The fields of many records in one buffer, shared by the rows of a batch.
final class PackedRecords: Sendable {
    let bytes: [UInt8]
    let ends: [Int]
    let quoted: [Bool]

    init(bytes: [UInt8], ends: [Int], quoted: [Bool]) {
        self.bytes = bytes
        self.ends = ends
        self.quoted = quoted
    }
}
