import Foundation
import Mestring

#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
#endif

/// Replaces a file or a folder so that, whatever happens, it holds either its old content or the
/// complete new content, and nothing is left beside it: the promise every Mestring store makes,
/// available to integrators who write their own.
///
/// The new content is written to a staged copy in the target's folder, flushed to the disk, and
/// put in place with one `rename` (a folder with an atomic exchange of the two folders).
/// A failed write removes its staged copy and leaves the target untouched. A process killed
/// mid-write cannot clean up; its staged copy is named `.<target>.mestring-<pid>-<random>.tmp`,
/// and the next write to the same target removes such leftovers once their process has ended.
///
/// **Symbolic links are followed**: when the target is a link, the file or folder it points to is
/// replaced and the link stays a link (the policy of every Mestring store, SQLite included). A
/// link that points nowhere is refused, since there is nothing to replace.
///
/// ```swift
/// try AtomicWrite.file(at: URL(filePath: "feed.json"), contents: data)
/// try AtomicWrite.folder(at: URL(filePath: "eksport")) { staged in
///     try writeTables(into: staged)
/// }
/// ```
public enum AtomicWrite {
    /// Replaces the file at `url` with `contents`.
    /// - Throws: ``Mestring/StoreError`` (`.io` for a full disk, `.readOnly` for a read-only file
    ///   system or a missing permission); the old file is then unchanged.
    public static func file(at url: URL, contents: Data) throws {
        try file(at: url) { staged in
            let descriptor = open(staged.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw SystemFailure.lastError("write the file", file: url.path) }
            defer { close(descriptor) }
            try contents.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                var offset = 0
                while offset < buffer.count {
                    let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                    if written < 0 && errno == EINTR { continue }
                    guard written > 0 else { throw SystemFailure.lastError("write the file", file: url.path) }
                    offset += written
                }
            }
        }
    }

    /// Replaces the file at `url` with what `write` puts into the staged file it is given (the
    /// file does not exist yet; `write` creates it and closes it before returning).
    /// - Parameters:
    ///   - url: The file to write.
    ///   - replacingExisting: `false` creates the file only when it does not exist: when another
    ///     program creates it first, that file is kept and the staged one discarded (for files that
    ///     others open and write in place, like a database, where replacing would cut them off).
    ///   - write: Writes the staged file.
    /// - Throws: what `write` throws, or ``Mestring/StoreError`` when the file cannot be put in
    ///   place; the old file is then unchanged.
    public static func file(at url: URL, replacingExisting: Bool = true, _ write: (_ staged: URL) throws -> Void) throws {
        let target = try destination(of: url)
        try stage(target) { staged in
            try write(staged)
            keepPermissions(of: target, on: staged)
            try flush(staged, target: url)
            if replacingExisting {
                guard rename(staged.path, target.path) == 0 else {
                    throw SystemFailure.lastError("put the written file in place", file: url.path)
                }
            } else if link(staged.path, target.path) != 0 && errno != EEXIST {
                throw SystemFailure.lastError("put the written file in place", file: url.path)
            }
        }
    }

    /// Replaces the folder at `url` with what `write` puts into the staged folder it is given
    /// (the folder exists and is empty). Readers see the old folder or the new one, never a mix.
    /// - Throws: what `write` throws, or ``Mestring/StoreError`` when the folder cannot be put in
    ///   place; the old folder is then unchanged.
    public static func folder(at url: URL, _ write: (_ staged: URL) throws -> Void) throws {
        let target = try destination(of: url)
        try stage(target) { staged in
            do {
                try FileManager.default.createDirectory(at: staged, withIntermediateDirectories: false)
            } catch {
                throw SystemFailure.error(error, "create a folder beside the target", file: url.path)
            }
            try write(staged)
            keepPermissions(of: target, on: staged)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: staged.path)) ?? []
            for name in names { try flush(staged.appending(path: name), target: url) }
            try flush(staged, target: url)
            try FolderReplacement.replace(target, with: staged, naming: StagingName(target: target.lastPathComponent))
        }
    }

    /// Where a write to `url` goes: `url` itself, or, when it is a symbolic link, the file or
    /// folder the link points to.
    /// - Throws: ``Mestring/StoreError/Kind-swift.struct/notFound`` for a link that points nowhere.
    public static func destination(of url: URL) throws -> URL {
        var status = stat()
        guard lstat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return url }
        guard let resolved = realpath(url.path, nil) else {
            throw StoreError(
                .notFound, "the symbolic link points to nothing; Mestring writes to what a link points to", file: url.path)
        }
        defer { free(resolved) }
        return URL(filePath: String(cString: resolved))
    }

    /// Runs `body` with a fresh staged name beside `target`, after removing leftovers of killed
    /// writes; removes the staged copy again when `body` fails or leaves it behind.
    private static func stage(_ target: URL, _ body: (URL) throws -> Void) throws {
        let folder = target.deletingLastPathComponent()
        let naming = StagingName(target: target.lastPathComponent)
        naming.removeLeftovers(in: folder)
        let staged = folder.appending(path: naming.make())
        defer { try? FileManager.default.removeItem(at: staged) }
        try body(staged)
        sync(folder)
    }

    /// Gives the staged copy the permissions of the file or folder it replaces, so a replacement
    /// keeps who may read it.
    private static func keepPermissions(of target: URL, on staged: URL) {
        var status = stat()
        guard stat(target.path, &status) == 0 else { return }
        chmod(staged.path, status.st_mode & 0o7777)
    }

    /// Forces the file's content to the disk, so the rename never makes visible a file whose
    /// content a power cut could still lose.
    private static func flush(_ staged: URL, target: URL) throws {
        let descriptor = open(staged.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemFailure.lastError("write the file", file: target.path) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw SystemFailure.lastError("write the file", file: target.path) }
    }

    /// Flushes a folder's list of names (best effort: some file systems refuse it).
    private static func sync(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
