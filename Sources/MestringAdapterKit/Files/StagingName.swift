import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The names of the temporary files and folders a write stages beside its target, and the clean-up
/// of those a killed process left behind.
///
/// A staged copy must live in the target's folder (a rename is atomic only within one file
/// system), so a process killed mid-write leaves it there. Its name says whose it is and which
/// process made it: `.<target>.mestring-<pid>-<random>.tmp`. The next write to the same target
/// removes every such leftover whose process no longer runs, and never one of a write in progress.
/// Nothing else is touched: other programs' files look different.
package struct StagingName {
    /// The target's file name.
    let target: String

    /// Names of staged copies of `target` (a file or folder name).
    package init(target: String) { self.target = target }

    private var prefix: String { ".\(target).mestring-" }

    /// A new, unique name for a staged copy of the target made by this process.
    package func make() -> String {
        "\(prefix)\(getpid())-\(String(UInt32.random(in: .min ... .max), radix: 16)).tmp"
    }

    /// The process that made the staged copy `name`, or `nil` when `name` is not one of ours.
    func process(of name: String) -> pid_t? {
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count)
        guard let dash = rest.firstIndex(of: "-") else { return nil }
        return pid_t(rest[..<dash])
    }

    /// Removes the staged copies of the target in `folder` whose process has ended (a kill, a
    /// crash, a power cut), together with files SQLite keeps beside them (`-journal`).
    ///
    /// Only while the target exists: a folder write that falls back to moving the old folder
    /// aside (no atomic exchange) can be killed between the two renames, and then the leftover
    /// is the only copy of the old catalogue, to be put back by hand, not removed.
    package func removeLeftovers(in folder: URL) {
        guard FileManager.default.fileExists(atPath: folder.appending(path: target).path),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names {
            guard let pid = process(of: name), !Self.isRunning(pid) else { continue }
            try? FileManager.default.removeItem(at: folder.appending(path: name))
        }
    }

    /// `true` when a process with this id runs (or exists but belongs to another user).
    private static func isRunning(_ pid: pid_t) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
