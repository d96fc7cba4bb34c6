import Mestring

/// A whole CSV table read into memory: the header and the data rows, with the line each row
/// starts on, for formats whose tables are small enough to read at once (the HSDS tabular
/// package).
///
/// RFC 4180 with a comma separator (or another one, such as the `;` of a Norwegian Excel), UTF-8 with or without a byte order mark, CRLF or LF line ends,
/// quoted fields with separators, doubled quotes and line breaks inside. Broken input ends in a
/// ``Mestring/StoreError`` with the file and line, never a crash.
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

    /// Reads the table in `bytes`, whose fields are separated by `separator`; `file` names it in errors.
    package init(bytes: [UInt8], file: String, separator: UInt8 = UInt8(ascii: ",")) throws {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        var records: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = start
        var quoted = false
        var fieldWasQuoted = false
        func invalid(_ message: String) -> StoreError { StoreError(.malformedData, message, file: file, line: line) }
        func finishField() throws {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw invalid("invalid UTF-8 in field \(fields.count + 1); the table must be UTF-8")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func finishRecord() throws {
            try finishField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Row(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == 0x22 {
                    if index < bytes.count, bytes[index] == 0x22 {
                        field.append(0x22)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 0x22 where field.isEmpty && !fieldWasQuoted:
                quoted = true
                fieldWasQuoted = true
            case 0x22:
                throw invalid("a quote inside an unquoted field \(fields.count + 1); quote the whole field and double the quote")
            case separator:
                try finishField()
            case 0x0D, 0x0A:
                if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
                try finishRecord()
                line += 1
                recordLine = line
            case 0x00:
                throw invalid("a NUL byte; this is not a text file")
            default:
                if fieldWasQuoted { throw invalid("text after the closing quote of field \(fields.count + 1)") }
                field.append(byte)
            }
        }
        if quoted { throw StoreError(.malformedData, "a quoted field is never closed", file: file, line: recordLine) }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { try finishRecord() }
        guard let first = records.first else {
            header = []
            rows = []
            return
        }
        header = first.fields
        rows = Array(records.dropFirst())
    }
}
