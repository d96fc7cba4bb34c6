import Foundation
import Mestring

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one CSV file atomically: into a temporary file beside it, renamed over it at the end, so
/// that a failed write leaves the previous file as it was.
enum AtomicFile {
    static func write(_ url: URL, dialect: CSVDialect, _ body: (CSVWriter) throws -> Void) throws {
        let temporary = url.deletingLastPathComponent().appending(path: ".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            let writer = try CSVWriter(url: temporary, dialect: dialect)
            try body(writer)
            try writer.finish()
            guard rename(temporary.path, url.path) == 0 else {
                throw StoreError(.io, "cannot replace the file: \(String(cString: strerror(errno)))", file: url.path)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if let error = error as? StoreError { throw error }
            throw StoreError(.io, "cannot write the file: \(error.localizedDescription)", file: url.path)
        }
    }
}
