import Foundation

/// Where rules running side by side put what they found: one slot per rule and one for the
/// coverage report, behind a lock.
final class RuleResults: @unchecked Sendable {
    private let lock = NSLock()
    private var findings: [[Finding]]
    private var coverage = CoverageReport(municipalities: [], lackingLifestyleChange: [], lackingCoping: [])

    init(ruleCount: Int) {
        findings = Array(repeating: [], count: ruleCount)
    }

    func store(_ found: [Finding], forRuleAt index: Int) {
        locked { findings[index] = found }
    }

    func store(_ report: CoverageReport) {
        locked { coverage = report }
    }

    /// The findings per rule, in the profile's order, and the coverage report.
    var collected: (findings: [[Finding]], coverage: CoverageReport) {
        locked { (findings, coverage) }
    }

    /// `NSLock.withLock` needs macOS 14; the package supports macOS 13.
    private func locked<Value>(_ body: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
