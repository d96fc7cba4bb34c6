import Foundation
import Mestring
import MestringAdapterKit

/// Writes RFC 4180 CSV, to a file in chunks or to memory.
///
/// A field is quoted when it holds the separator, a quote or a line break (quotes inside are
/// doubled), and when it is the empty text: `nil` writes an empty cell, `""` writes `""`, so that a
/// reader can tell "not given" from "given, but empty". Everything else is written as is; a NUL
/// character cannot be read back from CSV, so ``CSVCatalogWriter`` refuses values that hold one.
///
/// ```swift
/// let writer = try CSVWriter(url: URL(filePath: "ut.csv"), dialect: .excel)
/// try writer.writeRow(["id", "tittel"])
/// try writer.writeRow(["kols-1", "KOLS-skolen; vår"])
/// try writer.finish()
/// ```
public final class CSVWriter {
    /// How rows are written.
    public let dialect: CSVDialect
    private let fileHandle: FileHandle?
    private let name: String
    private var buffer: [UInt8] = []
    private var fieldsInRow = 0
    private var flushedBytes = 0
    private let separator: UInt8
    private let lineEnd: [UInt8]
    private static let flushThreshold = 1 << 20

    /// Creates (or truncates) the file at `url` and writes to it. The file is not replaced
    /// atomically: write to a temporary name and rename, as ``CSVCatalogWriter`` does.
    public init(url: URL, dialect: CSVDialect = .rfc4180) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw StoreError(.io, "cannot create the file", file: url.path)
        }
        do {
            fileHandle = try FileHandle(forWritingTo: url)
        } catch {
            throw SystemFailure.error(error, "open the file for writing", file: url.path)
        }
        name = url.path
        self.dialect = dialect
        separator = dialect.separator.byte
        lineEnd = Array(dialect.lineEnding.rawValue.utf8)
        buffer.reserveCapacity(Self.flushThreshold + (64 << 10))
        writeByteOrderMark()
    }

    /// Writes into memory; read the result from ``bytes``.
    public init(dialect: CSVDialect = .rfc4180) {
        fileHandle = nil
        name = ""
        self.dialect = dialect
        separator = dialect.separator.byte
        lineEnd = Array(dialect.lineEnding.rawValue.utf8)
        writeByteOrderMark()
    }

    deinit { try? fileHandle?.close() }

    /// What was written, for a writer into memory.
    public var bytes: [UInt8] { buffer }

    /// How many bytes have been written so far.
    public var byteCount: Int { flushedBytes + buffer.count }

    private func writeByteOrderMark() {
        if dialect.byteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    /// Writes one row; `nil` is an empty cell, `""` a quoted empty one.
    public func writeRow(_ fields: [String?]) throws {
        for field in fields { writeField(field) }
        try endRow()
    }

    /// Writes one field of the current row.
    public func writeField(_ text: String?) {
        if fieldsInRow > 0 { buffer.append(separator) }
        fieldsInRow += 1
        guard var text else { return }
        if text.isEmpty {
            buffer.append(contentsOf: [0x22, 0x22])
            return
        }
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
    }

    /// Ends the current row.
    public func endRow() throws {
        buffer.append(contentsOf: lineEnd)
        fieldsInRow = 0
        if buffer.count >= Self.flushThreshold, fileHandle != nil { try flush() }
    }

    /// Writes what is buffered and closes the file.
    public func finish() throws {
        try flush()
        do {
            try fileHandle?.synchronize()
            try fileHandle?.close()
        } catch {
            throw SystemFailure.error(error, "write the file", file: name)
        }
    }

    private func flush() throws {
        guard let fileHandle, !buffer.isEmpty else { return }
        do {
            try buffer.withUnsafeBytes { try fileHandle.write(contentsOf: $0) }
        } catch {
            throw SystemFailure.error(error, "write the file", file: name)
        }
        flushedBytes += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    private func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        CSVQuoting.append(text, separator: separator, to: &buffer)
    }
}
