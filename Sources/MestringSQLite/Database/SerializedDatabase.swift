import Dispatch

/// A connection that is only ever used on its own serial queue, so that async code can share it.
///
/// SQLite connections must not be used from two threads at once, and blocking calls (waiting for
/// another process's write lock) must not block Swift's cooperative thread pool. Work is therefore
/// sent to a dispatch queue and its result awaited.
final class SerializedDatabase: @unchecked Sendable {
    // Safety: `database` is only touched inside `queue.async` blocks, and the queue is serial.
    private let database: Database
    private let queue: DispatchQueue

    init(_ database: Database, label: String) {
        self.database = database
        self.queue = DispatchQueue(label: label)
    }

    /// Runs `body` with the connection on its queue, after every earlier call.
    func perform<Result: Sendable>(_ body: @escaping @Sendable (Database) throws -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Swift.Result { try body(self.database) })
            }
        }
    }

    /// Runs `body` with the connection on its queue and waits for it; for set-up before any async use.
    func performSync<Result>(_ body: (Database) throws -> Result) throws -> Result {
        try queue.sync { try body(database) }
    }
}
