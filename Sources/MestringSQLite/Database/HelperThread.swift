import Foundation

/// The thread that runs the second halves of shared reads (``ReaderPool/alongside(_:here:there:)``).
///
/// Dispatch on Linux starts a second block of the readers' queue late, often only when the block
/// that gave it ends; a half given to it would then run after the half it should run beside. A
/// thread of its own, waiting for work, starts within microseconds. It is started with the first
/// shared read and ends with its pool (``stop()``).
final class HelperThread: @unchecked Sendable {
    // Safety: `pending` and `stopped` are only touched with `condition` locked.
    private let condition = NSCondition()
    private var pending: [@Sendable () -> Void] = []
    private var stopped = false

    init() {
        let thread = Thread { [self] in run() }
        thread.name = "mestring.sqlite.helper"
        thread.start()
    }

    /// Runs `work` on the thread, after the work given before it.
    func submit(_ work: @escaping @Sendable () -> Void) {
        condition.lock()
        pending.append(work)
        condition.signal()
        condition.unlock()
    }

    /// Ends the thread once the work given to it is done.
    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while pending.isEmpty && !stopped { condition.wait() }
            guard !pending.isEmpty else {
                condition.unlock()
                return
            }
            let work = pending.removeFirst()
            condition.unlock()
            work()
        }
    }
}
