/// The character between fields of a CSV file.
///
/// RFC 4180 uses a comma; Excel on a Norwegian Windows machine saves "CSV (semikolondelt)" with a
/// semicolon, because the comma is the decimal separator there. Tab-separated text is what a
/// spreadsheet gives when cells are copied.
public enum CSVSeparator: String, Hashable, Sendable, CaseIterable {
    /// `,`: RFC 4180, and Excel where the decimal separator is a point.
    case comma = ","
    /// `;`: Excel's "CSV (semikolondelt)" on Norwegian Windows.
    case semicolon = ";"
    /// A tab: what a spreadsheet gives when cells are copied.
    case tab = "\t"

    /// The separator's single byte.
    public var byte: UInt8 {
        switch self {
        case .comma: UInt8(ascii: ",")
        case .semicolon: UInt8(ascii: ";")
        case .tab: UInt8(ascii: "\t")
        }
    }

    /// The name used in messages and documentation.
    public var name: String {
        switch self {
        case .comma: "comma"
        case .semicolon: "semicolon"
        case .tab: "tab"
        }
    }
}
