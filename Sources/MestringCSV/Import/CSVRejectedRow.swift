import Mestring

/// A row the import could not take, with everything needed to fix it: where it was, every problem
/// in it, and its cells exactly as read.
public struct CSVRejectedRow: Hashable, Sendable {
    /// The table the row belongs to.
    public var table: CSVTable
    /// The file it came from.
    public var file: String
    /// The row as a spreadsheet numbers it: the header is row 1, the first data row is row 2.
    public var row: Int
    /// The 1-based line the row starts on.
    public var line: Int
    /// Every problem found in the row, each naming its column.
    public var problems: [StoreError]
    /// The header of the file, as written.
    public var header: [String]
    /// The cells as read; `nil` for a blank cell, `""` for a quoted empty one.
    public var cells: [String?]
}
