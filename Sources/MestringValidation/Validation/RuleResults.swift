import Foundation

/// Where rules running side by side put what they found: one slot per rule and one for the
/// coverage report, behind a lock.
final class RuleResults: @unchecked Sendable {
    private let lock = NSLock()
    private var findings: [[Finding]]
    private var coverage = CoverageReport(municipalities: [], lackingLifestyleChange: [], lackingLivingWith: [])

    init(ruleCount: Int) {
        findings = Array(repeating: [], count: ruleCount)
    }

    func store(_ found: [Finding], forRuleAt index: Int) {
        lock.withLock { findings[index] = found }
    }

    func store(_ report: CoverageReport) {
        lock.withLock { coverage = report }
    }

    /// The findings per rule, in the profile's order, and the coverage report.
    var collected: (findings: [[Finding]], coverage: CoverageReport) {
        lock.withLock { (findings, coverage) }
    }
}
