import Foundation
import Mestring

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Puts a completely written folder in place of another in one step, so that readers see either
/// the old folder or the new one, never a mix, and a failed write leaves the old folder untouched.
///
/// Linux (`renameat2` with `RENAME_EXCHANGE`) and macOS (`renamex_np` with `RENAME_SWAP`) can swap
/// two folders atomically. Where that is not available (an old kernel, a file system without it),
/// the old folder is renamed aside, the new one renamed in, and the old one put back if that fails.
package enum FolderReplacement {
    /// Replaces `target` with `staged`; afterwards `staged` no longer exists. `naming` names the
    /// old folder while it is moved aside, so a kill at that moment leaves a leftover the next
    /// write removes.
    package static func replace(_ target: URL, with staged: URL, naming: StagingName) throws {
        defer { try? FileManager.default.removeItem(at: staged) }
        guard FileManager.default.fileExists(atPath: target.path) else {
            try rename(staged, to: target)
            return
        }
        if exchange(staged, target) { return }
        let aside = target.deletingLastPathComponent().appending(path: naming.make())
        try rename(target, to: aside)
        do {
            try rename(staged, to: target)
        } catch {
            try? rename(aside, to: target)
            throw error
        }
        try? FileManager.default.removeItem(at: aside)
    }

    private static func rename(_ source: URL, to destination: URL) throws {
        guard Foundation.rename(source.path, destination.path) == 0 else {
            throw SystemFailure.lastError("put the written folder in place", file: destination.path)
        }
    }

    /// Swaps the two paths atomically; `false` when the system cannot.
    private static func exchange(_ first: URL, _ second: URL) -> Bool {
        #if canImport(Darwin)
            return renamex_np(first.path, second.path, UInt32(RENAME_SWAP)) == 0
        #else
            typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
            guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return false }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
            return renameat2(AT_FDCWD, first.path, AT_FDCWD, second.path, exchangeFlag) == 0
        #endif
    }
}
