/// The character encoding of a CSV file.
///
/// Files saved by current spreadsheets are UTF-8, often with a byte order mark. Excel's classic
/// "CSV (semikolondelt)" on Norwegian Windows saves Windows-1252, in which `æ`, `ø` and `å` are
/// single bytes that are not valid UTF-8. ISO-8859-1 files read correctly as Windows-1252 (the two
/// agree on every letter; Windows-1252 adds `€`, `–`, quotation marks and the like).
public enum CSVTextEncoding: String, Hashable, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
}
