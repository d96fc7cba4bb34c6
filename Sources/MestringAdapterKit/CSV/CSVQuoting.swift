/// How a field is written into a CSV row: quoted only when it must be (it contains the separator,
/// a quote or a line break), with quotes doubled, as RFC 4180 and spreadsheets expect.
///
/// Shared by the CSV adapter's writer and the HSDS tabular package, so that both quote alike.
package enum CSVQuoting {
    /// Appends the field's bytes to `buffer`, quoting when needed.
    package static func append(_ text: UnsafeBufferPointer<UInt8>, separator: UInt8, to buffer: inout [UInt8]) {
        let needsQuotes = text.contains { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            buffer.append(contentsOf: text)
            return
        }
        buffer.append(0x22)
        var runStart = 0
        for index in text.indices where text[index] == 0x22 {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...index]))
            buffer.append(0x22)
            runStart = index + 1
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
        buffer.append(0x22)
    }

    /// Appends a row of fields, separated by `separator` (a comma unless said otherwise; Excel in
    /// Norway wants `;`) and ended by CRLF; `nil` is an empty cell.
    package static func appendRow(_ fields: [String?], separator: UInt8 = UInt8(ascii: ","), to buffer: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(separator) }
            guard var field else { continue }
            field.makeContiguousUTF8()
            field.utf8.withContiguousStorageIfAvailable { append($0, separator: separator, to: &buffer) }
        }
        buffer.append(contentsOf: [0x0D, 0x0A])
    }
}
