import Dispatch
import Foundation

/// A few read-only connections that serve readers at the same time.
///
/// In WAL mode readers never block the writer nor each other, and each read transaction sees one
/// consistent snapshot. Connections are opened when first needed, up to `capacity`; a reader that
/// finds all of them busy waits for one, on a dispatch thread rather than Swift's cooperative pool.
final class ReaderPool: @unchecked Sendable {
    // Safety: `idle` is only touched with `lock` held; a connection taken out of it is used by
    // exactly one block until it is put back.
    private let lock = NSLock()
    private var idle: [Database] = []
    private let available: DispatchSemaphore
    private let queue = DispatchQueue(label: "mestring.sqlite.readers", attributes: .concurrent)
    private let open: @Sendable () throws -> Database

    init(capacity: Int, open: @escaping @Sendable () throws -> Database) {
        self.available = DispatchSemaphore(value: capacity)
        self.open = open
    }

    /// Runs `body` on an idle reader connection inside a read transaction (one snapshot).
    func read<Result: Sendable>(_ body: @escaping @Sendable (Database) throws -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Swift.Result { try self.withConnection { db in try db.inTransaction(.deferred) { try body(db) } } })
            }
        }
    }

    private func withConnection<Result>(_ body: (Database) throws -> Result) throws -> Result {
        available.wait()
        defer { available.signal() }
        let database = try checkOut()
        defer { checkIn(database) }
        return try body(database)
    }

    private func checkOut() throws -> Database {
        lock.lock()
        let database = idle.popLast()
        lock.unlock()
        return try database ?? open()
    }

    private func checkIn(_ database: Database) {
        lock.lock()
        idle.append(database)
        lock.unlock()
    }
}
