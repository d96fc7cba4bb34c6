import Foundation
import Mestring

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one CSV parser of the project: RFC 4180 with the dialects spreadsheets really write, one
/// record at a time, in bounded memory.
///
/// `MestringCSV`'s public `CSVReader` is a thin face over it, and ``CSVRows`` (the HSDS tabular
/// package) reads whole tables with it. It works on bytes in chunks (one megabyte by default), so
/// a file of a million rows is never held in memory whole, and reuses one ``CSVFields`` for every
/// row. It handles quoted fields with separators, doubled quotes and line breaks inside; CRLF, LF
/// and CR line ends; a UTF-8 byte order mark; Windows-1252 (detected, or chosen); and comma,
/// semicolon or tab separators (detected from the header line). Broken input (an unterminated
/// quote, a NUL byte, an oversized row, invalid UTF-8) ends in a ``Mestring/StoreError`` naming the
/// line and field, never in a crash or a hang.
package final class CSVParser {
    /// The text encodings the parser reads.
    package enum Encoding: Sendable {
        case utf8, windows1252
    }

    /// How to read: `nil` separator or encoding means detect it.
    package struct Options: Sendable {
        package var separator: UInt8?
        package var encoding: Encoding?
        package var maximumRecordBytes: Int
        package var maximumFieldCount: Int
        package var chunkSize: Int
        /// What an error about invalid UTF-8 in a file of fixed encoding advises.
        package var invalidTextHint: String

        package init(
            separator: UInt8? = nil, encoding: Encoding? = nil, maximumRecordBytes: Int = 16 << 20,
            maximumFieldCount: Int = 10_000, chunkSize: Int = 1 << 20,
            invalidTextHint: String = "choose the encoding windows-1252 if the file was saved by Excel as \"CSV (semikolondelt)\""
        ) {
            self.separator = separator
            self.encoding = encoding
            self.maximumRecordBytes = maximumRecordBytes
            self.maximumFieldCount = maximumFieldCount
            self.chunkSize = max(chunkSize, 16)
            self.invalidTextHint = invalidTextHint
        }
    }

    /// The separators the parser detects, in order of preference on a tie.
    package static let separators: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    /// The file name used in errors.
    package let name: String
    /// The separator in use, chosen or detected.
    package private(set) var separator: UInt8
    /// The encoding in use; `nil` while a detecting parser has seen only ASCII.
    package private(set) var encoding: Encoding?
    /// `true` when the file starts with a UTF-8 byte order mark.
    package private(set) var hasByteOrderMark = false
    /// The size of the file, when known, for progress reports.
    package let totalBytes: Int?

    private let options: Options
    private let fileHandle: FileHandle?
    private let encodingIsFixed: Bool
    /// The bytes read from the file; only `chunk[..<chunkEnd]` is valid.
    private var chunk: [UInt8]
    private var chunkEnd: Int
    private var position = 0
    private var bytesFromSource = 0
    private var atEnd = false
    private var nextLine = 1
    private var skipLineFeed = false
    private var transcoded: [UInt8] = []

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Opens the file at `url`; throws ``Mestring/StoreError`` `.notFound` when it does not exist,
    /// `.malformedData` when it is empty or a folder.
    package convenience init(url: URL, options: Options = Options()) throws {
        let size = try FileContents.size(ofFileAt: url, expecting: "a CSV file")
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw SystemFailure.error(error, "read the file", file: url.path)
        }
        try self.init(name: url.path, handle: handle, bytes: [], totalBytes: size, options: options)
    }

    /// Reads CSV text already in memory; `name` is used in errors.
    package convenience init(bytes: [UInt8], name: String = "", options: Options = Options()) throws {
        try self.init(name: name, handle: nil, bytes: bytes, totalBytes: bytes.count, options: options)
    }

    private init(name: String, handle: FileHandle?, bytes: [UInt8], totalBytes: Int?, options: Options) throws {
        self.name = name
        self.fileHandle = handle
        self.chunk = handle == nil ? bytes : [UInt8](repeating: 0, count: options.chunkSize)
        self.chunkEnd = handle == nil ? bytes.count : 0
        self.bytesFromSource = bytes.count
        self.atEnd = handle == nil
        self.totalBytes = totalBytes
        self.options = options
        self.encoding = options.encoding
        self.encodingIsFixed = options.encoding != nil
        self.separator = options.separator ?? Self.separators[0]
        if handle != nil { _ = try refill() }
        try readByteOrderMark()
        if options.separator == nil { separator = detectSeparator() }
    }

    deinit { try? fileHandle?.close() }

    /// How many bytes of the file have been consumed, for progress reports.
    package var bytesRead: Int { bytesFromSource - (chunkEnd - position) }

    /// Reads the next record into `record`, reusing its storage.
    /// - Returns: `false` at the end of the file.
    package func readRecord(into record: inout CSVFields) throws -> Bool {
        record.removeAll()
        if skipLineFeed {
            guard try hasData() else { return false }
            if chunk[position] == Self.lineFeed { position += 1 }
            skipLineFeed = false
        }
        guard try hasData() else { return false }
        record.line = nextLine
        var scanner = RecordScanner(separator: separator, line: nextLine)
        while !scanner.isComplete {
            if position == chunkEnd, try !refill() {
                guard scanner.state != .quoted else {
                    throw error(
                        "a quoted field is never closed: the file ends inside it; a quote inside a field must be doubled (\"\")",
                        line: scanner.fieldStartLine, field: record.count + 1)
                }
                scanner.finishField(&record, quoted: scanner.state == .afterQuote)
                break
            }
            let end = chunkEnd
            let outcome = chunk.withUnsafeBufferPointer {
                scanner.scan(UnsafeBufferPointer(rebasing: $0[..<end]), from: position, into: &record)
            }
            position = outcome
            if scanner.state == .invalid {
                throw error(
                    "unexpected character after the closing quote of a field; a quote inside a quoted field must be doubled (\"\")",
                    line: scanner.line, field: record.count + 1)
            }
            try checkLimits(record)
        }
        nextLine = scanner.line
        skipLineFeed = scanner.endedWithCarriageReturn
        try decodeText(&record)
        return true
    }

    private func hasData() throws -> Bool {
        if position < chunkEnd { return true }
        return try refill()
    }

    /// Replaces the consumed chunk with the next one from the file.
    private func refill() throws -> Bool {
        guard !atEnd, let fileHandle else {
            atEnd = true
            return false
        }
        let descriptor = fileHandle.fileDescriptor
        var count: Int
        repeat {
            count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else {
            throw StoreError(.io, "cannot read the file: \(String(cString: strerror(errno)))", file: name)
        }
        position = 0
        chunkEnd = count
        bytesFromSource += count
        if count == 0 { atEnd = true }
        return count > 0
    }

    private func readByteOrderMark() throws {
        let head = chunk[..<chunkEnd].prefix(3)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            hasByteOrderMark = true
            position = 3
            if !encodingIsFixed { encoding = .utf8 }
        } else if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            throw StoreError(
                .malformedData, "the file is UTF-16 text; save it as UTF-8 (in Excel: \"CSV UTF-8\") or Windows-1252",
                file: name, line: 1)
        }
    }

    /// The separator that occurs most often outside quotes on the first line; comma on a tie.
    private func detectSeparator() -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var inQuotes = false
        for byte in chunk[position..<chunkEnd] {
            if byte == Self.quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == Self.lineFeed || byte == Self.carriageReturn { break }
                if Self.separators.contains(byte) { counts[byte, default: 0] += 1 }
            }
        }
        return Self.separators.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }.flatMap { counts[$0] == nil ? nil : $0 }
            ?? Self.separators[0]
    }

    private func checkLimits(_ record: CSVFields) throws {
        if record.bytes.count > options.maximumRecordBytes {
            throw error(
                "the row is longer than \(options.maximumRecordBytes) bytes; is a quote left open?", line: record.line,
                field: nil)
        }
        if record.count > options.maximumFieldCount {
            throw error("the row has more than \(options.maximumFieldCount) fields", line: record.line, field: nil)
        }
    }

    /// Checks the record's bytes and turns them into UTF-8, deciding the encoding if still open.
    private func decodeText(_ record: inout CSVFields) throws {
        let scan = record.bytes.withUnsafeBufferPointer { TextDecoding.scan($0) }
        switch scan {
        case .ascii:
            return
        case .nul(let offset):
            throw nulError(at: offset, in: record)
        case .nonASCII(let offset):
            if encoding == .windows1252 { return try transcodeWindows1252(&record, from: offset) }
            let invalid = record.bytes.withUnsafeBufferPointer { TextDecoding.firstInvalidUTF8($0, from: offset) }
            guard let invalid else {
                encoding = .utf8
                return
            }
            if record.bytes[invalid] == 0 { throw nulError(at: invalid, in: record) }
            if encoding == nil {
                encoding = .windows1252
                return try transcodeWindows1252(&record, from: offset)
            }
            let hint = encodingIsFixed ? options.invalidTextHint : "the file mixes encodings: earlier rows were UTF-8; save it again as UTF-8"
            throw error(
                "the text is not valid UTF-8 (byte 0x\(String(record.bytes[invalid], radix: 16, uppercase: true))); \(hint)",
                line: line(at: invalid, in: record), field: field(at: invalid, in: record))
        }
    }

    private func nulError(at offset: Int, in record: CSVFields) -> StoreError {
        error(
            "the text contains a NUL byte: this is a binary or UTF-16 file, not CSV text",
            line: line(at: offset, in: record), field: field(at: offset, in: record))
    }

    private func transcodeWindows1252(_ record: inout CSVFields, from offset: Int) throws {
        if let nul = record.bytes[offset...].firstIndex(of: 0) { throw nulError(at: nul, in: record) }
        transcoded.removeAll(keepingCapacity: true)
        var start = 0
        for index in record.ends.indices {
            let end = record.ends[index]
            record.bytes.withUnsafeBufferPointer {
                TextDecoding.appendWindows1252(UnsafeBufferPointer(rebasing: $0[start..<end]), to: &transcoded)
            }
            start = end
            record.ends[index] = transcoded.count
        }
        swap(&record.bytes, &transcoded)
    }

    private func line(at offset: Int, in record: CSVFields) -> Int {
        record.line + record.bytes[..<offset].reduce(0) { $0 + ($1 == Self.lineFeed ? 1 : 0) }
    }

    private func field(at offset: Int, in record: CSVFields) -> Int {
        (record.ends.firstIndex { $0 > offset } ?? record.count - 1) + 1
    }

    private func error(_ message: String, line: Int, field: Int?) -> StoreError {
        StoreError(.malformedData, message, file: name, line: line, column: field)
    }
}

/// The state machine that splits bytes into fields, resumable across chunks.
private struct RecordScanner {
    enum State { case fieldStart, unquoted, quoted, afterQuote, invalid }

    let separator: UInt8
    var state = State.fieldStart
    var line: Int
    var fieldStartLine: Int
    var isComplete = false
    var endedWithCarriageReturn = false

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    init(separator: UInt8, line: Int) {
        self.separator = separator
        self.line = line
        self.fieldStartLine = line
    }

    mutating func finishField(_ record: inout CSVFields, quoted: Bool) {
        record.ends.append(record.bytes.count)
        record.quoted.append(quoted)
    }

    private mutating func endRecord(_ record: inout CSVFields, quoted: Bool, lineEnd: UInt8) {
        finishField(&record, quoted: quoted)
        line += 1
        endedWithCarriageReturn = lineEnd == Self.carriageReturn
        isComplete = true
    }

    /// Consumes bytes from `start` until the record is complete or the chunk ends.
    /// - Returns: the position after the consumed bytes.
    mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, into record: inout CSVFields) -> Int {
        var index = start
        let end = buffer.count
        while index < end, !isComplete {
            switch state {
            case .fieldStart:
                if buffer[index] == Self.quote {
                    state = .quoted
                    fieldStartLine = line
                    index += 1
                } else {
                    state = .unquoted
                }
            case .unquoted:
                let runStart = index
                while index < end {
                    let byte = buffer[index]
                    if byte == separator || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    index += 1
                }
                record.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                guard index < end else { break }
                let byte = buffer[index]
                index += 1
                if byte == separator {
                    finishField(&record, quoted: false)
                    state = .fieldStart
                } else {
                    endRecord(&record, quoted: false, lineEnd: byte)
                }
            case .quoted:
                let runStart = index
                if let base = buffer.baseAddress,
                    let found = memchr(base + index, Int32(Self.quote), end - index)
                {
                    index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                } else {
                    index = end
                }
                let run = UnsafeBufferPointer(rebasing: buffer[runStart..<index])
                line += run.reduce(0) { $0 &+ ($1 == Self.lineFeed ? 1 : 0) }
                record.bytes.append(contentsOf: run)
                if index < end {
                    index += 1
                    state = .afterQuote
                }
            case .afterQuote:
                let byte = buffer[index]
                if byte == Self.quote {
                    record.bytes.append(Self.quote)
                    state = .quoted
                    index += 1
                } else if byte == separator {
                    finishField(&record, quoted: true)
                    state = .fieldStart
                    index += 1
                } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                    index += 1
                    endRecord(&record, quoted: true, lineEnd: byte)
                } else {
                    state = .invalid
                    return index
                }
            case .invalid:
                return index
            }
        }
        return index
    }
}
