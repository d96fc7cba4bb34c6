import Foundation
import Mestring

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole catalogue file, with the errors a person needs: no such file, a folder where a
/// file was expected, no permission, and an empty file.
///
/// An empty file is an error, never an empty catalogue: a file truncated by a failed copy or a
/// full disk must not be read, and then saved, as a catalogue of nothing.
package enum FileContents {
    /// The bytes of the file at `url`; `kind` names what was expected ("a JSON file").
    package static func read(_ url: URL, expecting kind: String) throws -> Data {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemFailure.lastError("read the file", file: url.path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw SystemFailure.lastError("read the file", file: url.path) }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw StoreError(.malformedData, "this is a folder; expected \(kind)", file: url.path)
        }
        // One byte more than the file, so that the read that finds its end has room and the
        // buffer is not grown (by a quarter of the file) only to learn that nothing follows.
        var data = Data(count: Int(status.st_size) + 1)
        var filled = 0
        while true {
            if filled == data.count { data.count += 1 << 16 }
            let count = data.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw SystemFailure.lastError("read the file", file: url.path) }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        guard filled > 0 else { throw emptyFile(url.path) }
        return data
    }

    /// The size of the file at `url`, after the checks of ``read(_:expecting:)``, for readers that
    /// stream the file instead of reading it whole.
    /// `allowingEmpty` lets a file of zero bytes through (a destination that holds nothing yet).
    package static func size(ofFileAt url: URL, expecting kind: String, allowingEmpty: Bool = false) throws -> Int {
        var status = stat()
        guard stat(url.path, &status) == 0 else { throw SystemFailure.lastError("read the file", file: url.path) }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw StoreError(.malformedData, "this is a folder; expected \(kind)", file: url.path)
        }
        guard status.st_size > 0 || allowingEmpty else { throw emptyFile(url.path) }
        return Int(status.st_size)
    }

    /// The error for a file of zero bytes.
    package static func emptyFile(_ path: String?) -> StoreError {
        StoreError(
            .malformedData, "the file is empty, so it holds no catalogue (`mestring new` starts an empty one)", file: path)
    }
}

#if canImport(Glibc)
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    private let systemRead = Darwin.read
#endif
