/// One record (row) of a CSV file: its fields as UTF-8 text, and where it started.
///
/// A record keeps one byte buffer for all its fields, so reading a million rows into the same
/// record with ``CSVReader/readRecord(into:)`` allocates nothing per row. The reader has already
/// decoded the file's encoding: the bytes are UTF-8.
///
/// A field tells apart an empty cell (`a,,b`) from a quoted empty cell (`a,"",b`): Mestring's format
/// reads the first as "not given" and the second as "given, but empty" (see ``isBlank(_:)``).
public struct CSVRecord: Hashable, Sendable {
    /// The fields' bytes, one after the other.
    var bytes: [UInt8] = []
    /// Where each field ends in ``bytes``.
    var ends: [Int] = []
    /// Whether each field was written in quotes.
    var quoted: [Bool] = []
    /// The 1-based line of the file on which the record starts.
    public internal(set) var line: Int = 0

    /// An empty record, to read into with ``CSVReader/readRecord(into:)``.
    public init() {}

    /// The number of fields.
    public var count: Int { ends.count }

    /// The text of field `index`.
    public subscript(index: Int) -> String {
        withFieldBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Every field's text, in order.
    public var fields: [String] { (0..<count).map { self[$0] } }

    /// `true` when field `index` was written in quotes.
    public func isQuoted(_ index: Int) -> Bool { quoted[index] }

    /// `true` when field `index` is empty and was not quoted: nothing was written in the cell.
    public func isBlank(_ index: Int) -> Bool { !quoted[index] && start(of: index) == ends[index] }

    /// `true` when the record is a blank line: one field, blank.
    public var isBlankLine: Bool { count == 1 && isBlank(0) }

    /// Calls `body` with the UTF-8 bytes of field `index`, without making a `String`.
    public func withFieldBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let range = start(of: index)..<ends[index]
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    func start(of index: Int) -> Int { index == 0 ? 0 : ends[index - 1] }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        quoted.removeAll(keepingCapacity: true)
    }
}
