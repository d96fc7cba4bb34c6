import Mestring

/// A whole CSV table read into memory: the header and the data rows, with the line each row
/// starts on, for formats whose tables are small enough to read at once (the HSDS tabular
/// package).
///
/// RFC 4180 with a comma separator, UTF-8 with or without a byte order mark, CRLF or LF line ends,
/// quoted fields with separators, doubled quotes and line breaks inside, read by ``CSVParser`` as
/// every CSV file in the SDK is. Broken input ends in a ``Mestring/StoreError`` with the file and
/// line, never a crash.
package struct CSVRows: Sendable {
    /// One data row: its fields and the line it starts on.
    package struct Row: Sendable {
        /// The 1-based line the row starts on.
        package var line: Int
        /// The fields, as written.
        package var fields: [String]
    }

    /// The column names of the header line.
    package var header: [String]
    /// The data rows, in file order; blank lines are skipped.
    package var rows: [Row]

    /// Reads the table in `bytes` with the project's one ``CSVParser`` (comma separator, UTF-8);
    /// `file` names it in errors.
    package init(bytes: [UInt8], file: String) throws {
        let parser = try CSVParser(
            bytes: bytes, name: file,
            options: CSVParser.Options(
                separator: UInt8(ascii: ","), encoding: .utf8, invalidTextHint: "HSDS tables must be UTF-8"))
        var record = CSVFields()
        var records: [Row] = []
        while try parser.readRecord(into: &record) {
            if record.isBlankLine { continue }
            records.append(Row(line: record.line, fields: (0..<record.count).map { record[$0] }))
        }
        header = records.first?.fields ?? []
        rows = Array(records.dropFirst())
    }
}
