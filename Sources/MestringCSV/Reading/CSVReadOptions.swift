/// How a CSV file is read: its dialect (found out from the file unless chosen) and the limits that
/// keep a hostile or broken file from exhausting memory.
public struct CSVReadOptions: Hashable, Sendable {
    /// The field separator; `nil` detects it from the header line (comma, semicolon or tab, whichever
    /// occurs most often outside quotes; comma on a tie).
    public var separator: CSVSeparator?
    /// The encoding; `nil` detects it: a UTF-8 byte order mark means UTF-8, and so does valid UTF-8;
    /// bytes that are not valid UTF-8 in a file that had only ASCII until then mean Windows-1252.
    public var encoding: CSVTextEncoding?
    /// The largest record (one row, all its fields) in bytes. A quote that is never closed makes the
    /// rest of the file one field; this limit turns that into a clear error instead of running out
    /// of memory.
    public var maximumRecordBytes: Int
    /// The largest number of fields in one record.
    public var maximumFieldCount: Int
    /// How many bytes are read from the file at a time.
    public var chunkSize: Int

    /// Options that detect separator and encoding, with limits fit for spreadsheets.
    public init(
        separator: CSVSeparator? = nil, encoding: CSVTextEncoding? = nil, maximumRecordBytes: Int = 16 << 20,
        maximumFieldCount: Int = 10_000, chunkSize: Int = 1 << 20
    ) {
        self.separator = separator
        self.encoding = encoding
        self.maximumRecordBytes = maximumRecordBytes
        self.maximumFieldCount = maximumFieldCount
        self.chunkSize = max(chunkSize, 16)
    }
}
