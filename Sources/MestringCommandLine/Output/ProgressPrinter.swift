import Foundation
import MestringCSV

/// Prints import progress to standard error every tenth of the way, so a long import shows it is
/// alive. The importer may report from its reading thread, hence the lock.
final class ProgressPrinter: @unchecked Sendable {
    private let console: any Console
    private let lock = NSLock()
    private var last: (table: CSVTable, tenth: Int)?

    init(console: any Console) { self.console = console }

    func update(_ progress: CSVImportProgress) {
        let tenth = Int(progress.fractionDone * 10)
        lock.withLock {
            if let last, last.table == progress.table, last.tenth == tenth { return }
            last = (progress.table, tenth)
            console.writeError("importing \(progress.table.rawValue): \(tenth * 10)% (\(progress.rowsRead) rows)\n")
        }
    }
}
