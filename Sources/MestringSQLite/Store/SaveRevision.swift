import Foundation

/// The revision of the file (SQLite's change counter) that a store's next whole-catalogue save
/// may replace: the one it last opened, loaded or wrote.
///
/// A save compares it with the file under the write lock: a difference means another program
/// committed in between, and replacing the catalogue would silently undo that program's work.
final class SaveRevision: @unchecked Sendable {
    // Safety: `value` is only touched with `lock` held.
    private let lock = NSLock()
    private var value: UInt32?

    init(_ value: UInt32?) { self.value = value }

    /// `true` when the file's counter is the one this store knows.
    func isCurrent(_ counter: UInt32?) -> Bool {
        lock.withLock { value == counter }
    }

    /// A load saw the file at `counter`.
    func loaded(_ counter: UInt32?) {
        lock.withLock { value = counter }
    }

    /// This store committed a write to a file that was at `counter`: SQLite raised the counter by
    /// one. When the store was behind (another program wrote first), it stays behind, so that its
    /// next save still refuses.
    func committed(after counter: UInt32?) {
        lock.withLock {
            if let counter, value == counter { value = counter &+ 1 }
        }
    }
}
