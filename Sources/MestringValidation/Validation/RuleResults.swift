import Foundation

/// Where rules running side by side put what they found: one slot per rule, one for the coverage
/// report and one for the offers in no pathway, behind a lock.
final class RuleResults: @unchecked Sendable {
    private let lock = NSLock()
    private var findings: [[Finding]]
    private var coverage = CoverageReport(municipalities: [], lackingLifestyleChange: [], lackingCoping: [])
    private var offersInNoPathway: [RecordReference] = []

    init(ruleCount: Int) {
        findings = Array(repeating: [], count: ruleCount)
    }

    func store(_ found: [Finding], forRuleAt index: Int) {
        locked { findings[index] = found }
    }

    func store(_ report: CoverageReport) {
        locked { coverage = report }
    }

    func store(offersInNoPathway offers: [RecordReference]) {
        locked { offersInNoPathway = offers }
    }

    /// Hands over the findings per rule, in the profile's order, the coverage report and the offers
    /// in no pathway, keeping no reference to them: the caller then owns the findings' arrays
    /// alone and can move findings out of them without copying.
    func take() -> (findings: [[Finding]], coverage: CoverageReport, offersInNoPathway: [RecordReference]) {
        locked {
            defer { findings = [] }
            return (findings, coverage, offersInNoPathway)
        }
    }

    /// `NSLock.withLock` needs macOS 14; the package supports macOS 13.
    private func locked<Value>(_ body: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
