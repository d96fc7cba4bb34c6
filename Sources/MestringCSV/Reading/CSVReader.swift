import Foundation
import Mestring
import MestringAdapterKit

/// Reads a CSV file one record at a time, in bounded memory: RFC 4180 with the dialects
/// spreadsheets really write.
///
/// The reader works on bytes in chunks (one megabyte by default), so a file of a million rows is
/// never held in memory whole; ``readRecord(into:)`` reuses one ``CSVRecord`` for every row. It
/// handles quoted fields with separators, doubled quotes and line breaks inside; CRLF, LF and CR
/// line ends; a UTF-8 byte order mark; Windows-1252 files from Excel on Norwegian Windows (detected,
/// or chosen in ``CSVReadOptions``); and comma, semicolon or tab separators (detected from the
/// header line). Broken input (an unterminated quote, a NUL byte, an oversized row, invalid UTF-8)
/// ends in a ``Mestring/StoreError`` naming the line and field, never in a crash or a hang.
///
/// It is the public face of the one CSV parser the SDK has, which the HSDS tabular package reads
/// with too, so every CSV file is read by the same rules.
///
/// ```swift
/// let reader = try CSVReader(url: URL(filePath: "tilbud.csv"))
/// var record = CSVRecord()
/// while try reader.readRecord(into: &record) {
///     print(record.line, record.fields)
/// }
/// ```
public final class CSVReader {
    private let parser: CSVParser

    /// Opens the file at `url`; throws ``Mestring/StoreError`` `.notFound` when it does not exist,
    /// `.malformedData` when it is empty or a folder.
    public init(url: URL, options: CSVReadOptions = CSVReadOptions()) throws {
        parser = try CSVParser(url: url, options: options.parserOptions)
    }

    /// Reads CSV text already in memory; `name` is used in errors.
    public init(bytes: [UInt8], name: String = "", options: CSVReadOptions = CSVReadOptions()) throws {
        parser = try CSVParser(bytes: bytes, name: name, options: options.parserOptions)
    }

    /// The file name used in errors.
    public var name: String { parser.name }
    /// The separator in use, chosen or detected.
    public var separator: CSVSeparator { CSVSeparator.allCases.first { $0.byte == parser.separator } ?? .comma }
    /// The encoding in use; `nil` while a detecting reader has seen only ASCII.
    public var encoding: CSVTextEncoding? { parser.encoding.map(CSVTextEncoding.init) }
    /// `true` when the file starts with a UTF-8 byte order mark.
    public var hasByteOrderMark: Bool { parser.hasByteOrderMark }
    /// The size of the file, when known, for progress reports.
    public var totalBytes: Int? { parser.totalBytes }
    /// How many bytes of the file have been consumed, for progress reports.
    public var bytesRead: Int { parser.bytesRead }

    /// Reads the next record into `record`, reusing its storage.
    /// - Returns: `false` at the end of the file.
    public func readRecord(into record: inout CSVRecord) throws -> Bool {
        try parser.readRecord(into: &record.storage)
    }

    /// The next record, or `nil` at the end of the file.
    public func next() throws -> CSVRecord? {
        var record = CSVRecord()
        return try readRecord(into: &record) ? record : nil
    }
}

extension CSVReadOptions {
    /// The same options in the parser's terms.
    var parserOptions: CSVParser.Options {
        CSVParser.Options(
            separator: separator?.byte, encoding: encoding?.parserEncoding, maximumRecordBytes: maximumRecordBytes,
            maximumFieldCount: maximumFieldCount, chunkSize: chunkSize)
    }
}

extension CSVTextEncoding {
    init(_ encoding: CSVParser.Encoding) {
        switch encoding {
        case .utf8: self = .utf8
        case .windows1252: self = .windows1252
        }
    }

    var parserEncoding: CSVParser.Encoding {
        switch self {
        case .utf8: .utf8
        case .windows1252: .windows1252
        }
    }
}
