import CSQLite
import Dispatch
import Foundation

/// A few read-only connections that serve readers at the same time.
///
/// Each read runs in a read transaction, so it sees one consistent snapshot; readers never block
/// each other. Connections are opened when first needed, up to `capacity`; a reader that finds
/// all of them busy waits for one, on a dispatch thread rather than Swift's cooperative pool. A
/// read of many offers can take a second connection for half of its work
/// (``alongside(_:here:there:)``), so that both processor cores make offers.
final class ReaderPool: @unchecked Sendable {
    // Safety: `idle` and `helperThread` are only touched with `lock` held; a connection taken out
    // of `idle` is used by exactly one block until it is put back.
    private let lock = NSLock()
    private var idle: [Database] = []
    private let available: DispatchSemaphore
    private let queue = DispatchQueue(label: "mestring.sqlite.readers", attributes: .concurrent)
    private let open: @Sendable () throws -> Database
    /// Runs the second halves of shared reads; made with the first (only touched with `lock` held).
    private var helperThread: HelperThread?

    init(capacity: Int, open: @escaping @Sendable () throws -> Database) {
        self.available = DispatchSemaphore(value: capacity)
        self.open = open
    }

    deinit { helperThread?.stop() }

    /// Runs `body` on an idle reader connection inside a read transaction (one snapshot).
    func read<Result: Sendable>(_ body: @escaping @Sendable (Database) throws -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Swift.Result { try self.withConnection { db in try db.inTransaction(.deferred) { try body(db) } } })
            }
        }
    }

    /// Runs `here` on this thread and `there` at the same time on a second reader connection
    /// that reads exactly what `database` reads, and returns both results.
    ///
    /// `database` is in a read transaction of this pool. It first takes its shared lock (reading
    /// the schema), then the second connection starts its own read transaction without waiting
    /// for any lock. In rollback-journal mode, which the store keeps its file in, no write can
    /// commit while a shared lock is held, so both connections see the same committed state. When
    /// that cannot be had at once (all connections busy, a writer about to commit, a file in WAL
    /// mode, where each connection has a snapshot of its own), `there` runs here after `here`, on
    /// `database`: the same answer, on one core.
    func alongside<Here, There: Sendable>(
        _ database: Database, here: () throws -> Here, there: @escaping @Sendable (Database) throws -> There
    ) throws -> (Here, There) {
        guard try Self.takesSharedLock(database), try database.scalar("PRAGMA journal_mode")?.text != "wal",
            available.wait(timeout: .now()) == .success
        else { return (try here(), try there(database)) }
        defer { available.signal() }
        let second = try checkOut()
        defer { checkIn(second) }
        guard try Self.beginsWithoutWaiting(second) else { return (try here(), try there(database)) }
        let task = SecondHalf(second, there)
        helper().submit { task.runUnlessTaken() }
        let mine = Swift.Result { try here() }
        // When the helper has not picked the task up yet (it is busy with another read's half),
        // this thread does it rather than wait for it.
        task.runUnlessTaken()
        let theirs = task.outcome()
        try? second.execute("COMMIT TRANSACTION")
        return (try mine.get(), try theirs.get())
    }

    private func helper() -> HelperThread {
        lock.lock()
        defer { lock.unlock() }
        if let helperThread { return helperThread }
        let helper = HelperThread()
        helperThread = helper
        return helper
    }

    /// Reads the schema, which takes the connection's shared lock for the rest of its transaction.
    private static func takesSharedLock(_ database: Database) throws -> Bool {
        try database.scalar("SELECT count(*) FROM (SELECT 1 FROM sqlite_schema LIMIT 1)") != nil
    }

    /// Begins a read transaction holding the shared lock on `database`, or `false` when the lock
    /// is not free at once.
    private static func beginsWithoutWaiting(_ database: Database) throws -> Bool {
        try database.execute("BEGIN DEFERRED TRANSACTION")
        do {
            _ = try database.withoutWaiting { try takesSharedLock(database) }
            return true
        } catch let error as SQLiteError where error.resultCode == SQLITE_BUSY {
            try? database.execute("ROLLBACK TRANSACTION")
            return false
        } catch {
            try? database.execute("ROLLBACK TRANSACTION")
            throw error
        }
    }

    /// The work ``alongside(_:here:there:)`` gives the second connection, run once by whichever
    /// thread takes it first. Safety: `taken` is only touched with `lock` held, so one thread runs
    /// the work and uses the connection; `result` is written before `done` is signalled and read
    /// only after waiting for it.
    private final class SecondHalf<Value>: @unchecked Sendable {
        private let database: Database
        private let work: (Database) throws -> Value
        private let lock = NSLock()
        private var taken = false
        private var result: Swift.Result<Value, any Error>?
        private let done = DispatchSemaphore(value: 0)

        init(_ database: Database, _ work: @escaping (Database) throws -> Value) {
            self.database = database
            self.work = work
        }

        func runUnlessTaken() {
            lock.lock()
            let mine = !taken
            taken = true
            lock.unlock()
            guard mine else { return }
            result = Swift.Result { try work(database) }
            done.signal()
        }

        /// What the work gave, once it has run.
        func outcome() -> Swift.Result<Value, any Error> {
            done.wait()
            return result!
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
