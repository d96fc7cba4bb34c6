/// The fields of one CSV record as the parser reads them: one byte buffer for all fields, where
/// each ends, whether each was quoted, and the line the record starts on.
///
/// One buffer per record, reused for every row, so that reading a million rows allocates nothing
/// per row. The bytes are UTF-8: the parser has already decoded the file's encoding.
package struct CSVFields: Hashable, Sendable {
    /// The fields' bytes, one after the other.
    package var bytes: [UInt8] = []
    /// Where each field ends in ``bytes``.
    package var ends: [Int] = []
    /// Whether each field was written in quotes.
    package var quoted: [Bool] = []
    /// The 1-based line of the file on which the record starts.
    package var line: Int = 0

    package init() {}

    /// The number of fields.
    package var count: Int { ends.count }

    /// The text of field `index`.
    package subscript(index: Int) -> String {
        withFieldBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// `true` when field `index` is empty and was not quoted: nothing was written in the cell.
    package func isBlank(_ index: Int) -> Bool { !quoted[index] && start(of: index) == ends[index] }

    /// `true` when the record is a blank line: one field, blank.
    package var isBlankLine: Bool { count == 1 && isBlank(0) }

    /// Calls `body` with the UTF-8 bytes of field `index`, without making a `String`.
    package func withFieldBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let range = start(of: index)..<ends[index]
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    package func start(of index: Int) -> Int { index == 0 ? 0 : ends[index - 1] }

    package mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        quoted.removeAll(keepingCapacity: true)
    }
}
