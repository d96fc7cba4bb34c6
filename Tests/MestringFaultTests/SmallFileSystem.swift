import Foundation

/// A `tmpfs` of a few megabytes mounted for one test: a disk that fills up, and a medium that can
/// be made read-only. Mounting needs root and the right to mount (a CI container may lack it);
/// ``skipReason`` says why when it cannot be had.
final class SmallFileSystem {
    /// The mount point.
    let url: URL

    /// Mounts a `tmpfs` of `kilobytes`.
    init(kilobytes: Int) throws {
        url = FileManager.default.temporaryDirectory.appending(path: "mestring-fs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        guard Self.command("mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", url.path) else {
            try? FileManager.default.removeItem(at: url)
            throw FaultSuiteError("cannot mount a tmpfs")
        }
    }

    /// Why the tests that need a small file system cannot run here, or `nil` when they can.
    static let skipReason: String? = {
        guard getuid() == 0 else { return "mounting a small file system needs root" }
        guard let probe = try? SmallFileSystem(kilobytes: 64) else { return "this machine does not allow mounting a tmpfs" }
        _ = probe
        return nil
    }()

    /// Makes the file system read-only, as a CD, a locked USB stick or a read-only share is.
    func makeReadOnly() throws {
        guard Self.command("mount", "-o", "remount,ro", url.path) else { throw FaultSuiteError("cannot remount read-only") }
    }

    deinit {
        _ = Self.command("umount", url.path)
        try? FileManager.default.removeItem(at: url)
    }

    private static func command(_ arguments: String...) -> Bool {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
