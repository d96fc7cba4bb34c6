/// How a CSV file is written: separator, byte order mark and line ends.
///
/// Two presets cover the two audiences: ``rfc4180`` for programs and version control, and
/// ``excel`` for integrators who open the files in Excel on Norwegian Windows, which expects a
/// semicolon and needs the UTF-8 byte order mark to show `æøå` correctly.
public struct CSVDialect: Hashable, Sendable {
    /// What ends a line.
    public enum LineEnding: String, Hashable, Sendable {
        /// Carriage return and line feed, as RFC 4180 and Excel write.
        case crlf = "\r\n"
        /// A line feed alone, as Unix tools write.
        case lf = "\n"
    }

    /// The field separator.
    public var separator: CSVSeparator
    /// Starts the file with the UTF-8 byte order mark (EF BB BF).
    public var byteOrderMark: Bool
    /// What ends each row.
    public var lineEnding: LineEnding

    /// A dialect; the defaults are RFC 4180's.
    public init(separator: CSVSeparator = .comma, byteOrderMark: Bool = false, lineEnding: LineEnding = .crlf) {
        self.separator = separator
        self.byteOrderMark = byteOrderMark
        self.lineEnding = lineEnding
    }

    /// RFC 4180: comma, CRLF, UTF-8 without byte order mark.
    public static let rfc4180 = CSVDialect()

    /// What Excel on Norwegian Windows opens with a double click: semicolon, CRLF, UTF-8 with byte
    /// order mark.
    public static let excel = CSVDialect(separator: .semicolon, byteOrderMark: true)
}
