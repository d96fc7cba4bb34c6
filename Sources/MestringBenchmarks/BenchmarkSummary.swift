import Foundation

/// The closing table of a run: every goal with what this run measured and whether it was met.
///
/// Each case records its goals as it measures them; `main` prints the table after the last case,
/// so that `MestringBenchmarks all` ends with one table of everything issue 13 asks for.
final class BenchmarkSummary: @unchecked Sendable {
    /// One row: a figure, its goal, the measurement and its anchor, and the verdict.
    struct Row {
        var figure: String
        var goal: String
        var measured: String
        /// `nil` when the run is not at the size the goal is stated for.
        var met: Bool?
    }

    /// The table of this process; cases run one after another, the lock only keeps it honest.
    static let shared = BenchmarkSummary()

    private let lock = NSLock()
    private var rows: [Row] = []

    /// Records a goal; `met` is judged only at full size.
    func record(_ figure: String, goal: String, measured: String, met: Bool) {
        let judged = BenchmarkOptions.current.judgesGoals ? met : nil
        lock.withLock { rows.append(Row(figure: figure, goal: goal, measured: measured, met: judged)) }
    }

    /// Prints the table as aligned text, with the load average and the peak memory of the run.
    func printTable() {
        let rows = lock.withLock { self.rows }
        guard !rows.isEmpty else { return }
        let header = Row(figure: "figure", goal: "goal", measured: "measured (anchor, same run)", met: nil)
        let widths = (
            figure: ([header] + rows).map(\.figure.count).max() ?? 0, goal: ([header] + rows).map(\.goal.count).max() ?? 0,
            measured: ([header] + rows).map(\.measured.count).max() ?? 0)
        func line(_ row: Row, verdict: String) -> String {
            [row.figure.padding(widths.figure), row.goal.padding(widths.goal), row.measured.padding(widths.measured), verdict]
                .joined(separator: " | ")
        }
        print("== summary (\(BenchmarkOptions.current.offers) offers; load average \(Self.loadAverage()); peak resident \(Self.peakResidentMegabytes()) MB)")
        print(line(header, verdict: "met"))
        print(String(repeating: "-", count: widths.figure + widths.goal + widths.measured + 14))
        for row in rows { print(line(row, verdict: row.met.map { $0 ? "yes" : "NO" } ?? "(not judged)")) }
    }

    /// The 1-, 5- and 15-minute load averages, as `uptime` prints them: the machine is shared.
    static func loadAverage() -> String {
        var loads = [Double](repeating: 0, count: 3)
        guard getloadavg(&loads, 3) == 3 else { return "unknown" }
        return loads.map { String(format: "%.2f", $0) }.joined(separator: " ")
    }

    /// The largest resident size of this process so far, in megabytes.
    static func peakResidentMegabytes() -> Int {
        var usage = rusage()
        #if os(Linux)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            return usage.ru_maxrss / 1024
        #else
            getrusage(RUSAGE_SELF, &usage)
            return usage.ru_maxrss / 1024 / 1024
        #endif
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
