import MestringAdapterKit

/// One record (row) of a CSV file: its fields as UTF-8 text, and where it started.
///
/// A record keeps one byte buffer for all its fields, so reading a million rows into the same
/// record with ``CSVReader/readRecord(into:)`` allocates nothing per row. The reader has already
/// decoded the file's encoding: the bytes are UTF-8.
///
/// A field tells apart an empty cell (`a,,b`) from a quoted empty cell (`a,"",b`): Mestring's format
/// reads the first as "not given" and the second as "given, but empty" (see ``isBlank(_:)``).
public struct CSVRecord: Hashable, Sendable {
    /// The fields as the parser reads them.
    var storage = CSVFields()

    /// The fields' bytes, one after the other.
    var bytes: [UInt8] { storage.bytes }
    /// Where each field ends in ``bytes``.
    var ends: [Int] { storage.ends }
    /// Whether each field was written in quotes.
    var quoted: [Bool] { storage.quoted }
    /// The 1-based line of the file on which the record starts.
    public var line: Int { storage.line }

    /// An empty record, to read into with ``CSVReader/readRecord(into:)``.
    public init() {}

    /// The number of fields.
    public var count: Int { storage.count }

    /// The text of field `index`.
    public subscript(index: Int) -> String { storage[index] }

    /// Every field's text, in order.
    public var fields: [String] { (0..<count).map { self[$0] } }

    /// `true` when field `index` was written in quotes.
    public func isQuoted(_ index: Int) -> Bool { storage.quoted[index] }

    /// `true` when field `index` is empty and was not quoted: nothing was written in the cell.
    public func isBlank(_ index: Int) -> Bool { storage.isBlank(index) }

    /// `true` when the record is a blank line: one field, blank.
    public var isBlankLine: Bool { storage.isBlankLine }

    /// Calls `body` with the UTF-8 bytes of field `index`, without making a `String`.
    public func withFieldBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try storage.withFieldBytes(index, body)
    }
}
