/// The character encoding of a CSV file.
///
/// Files saved by current spreadsheets are UTF-8, often with a byte order mark. Excel's classic
/// "CSV (semikolondelt)" on Norwegian Windows saves Windows-1252, in which `æ`, `ø` and `å` are
/// single bytes that are not valid UTF-8. ISO-8859-1 files read correctly as Windows-1252 (the two
/// agree on every letter; Windows-1252 adds `€`, `–`, quotation marks and the like).
public enum CSVTextEncoding: String, Hashable, Sendable, CaseIterable {
    /// UTF-8, with or without byte order mark; what Mestring writes.
    case utf8 = "utf-8"
    /// Windows-1252 (also read for ISO-8859-1), as older Excel saves on Norwegian Windows.
    case windows1252 = "windows-1252"
}
