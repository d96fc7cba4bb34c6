/// How far a long import has come, reported to the progress callback of ``CSVImporter``.
public struct CSVImportProgress: Hashable, Sendable {
    /// The file being read.
    public var table: CSVTable
    /// Data rows read so far, over all files.
    public var rowsRead: Int
    /// Bytes read so far, over all files.
    public var bytesRead: Int
    /// The size of all files to read.
    public var totalBytes: Int

    /// The share done, from 0 to 1.
    public var fractionDone: Double { totalBytes == 0 ? 1 : min(1, Double(bytesRead) / Double(totalBytes)) }
}
