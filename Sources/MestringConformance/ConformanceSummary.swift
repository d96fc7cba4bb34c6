/// The text ``StoreConformance/verifyAll(fileID:filePath:line:column:)`` reports for all checks.
struct ConformanceSummary {
    let outcomes: [(check: ConformanceCheck, outcome: ConformanceOutcome)]

    init(_ outcomes: [(check: ConformanceCheck, outcome: ConformanceOutcome)]) { self.outcomes = outcomes }

    var failures: [ConformanceFailure] {
        outcomes.compactMap { if case .failed(let failure) = $0.outcome { failure } else { nil } }
    }

    var passed: [ConformanceCheck] { outcomes.filter { $0.outcome == .passed }.map(\.check) }

    /// `check skipped: reason`, one per skipped check.
    var skippedLines: [String] {
        outcomes.compactMap { if case .skipped(let reason) = $0.outcome { "\($0.check) skipped: \(reason)" } else { nil } }
    }

    /// `N of M conformance checks failed: a, b` and each failure, or `nil` when none failed.
    var failureText: String? {
        let failures = self.failures
        guard !failures.isEmpty else { return nil }
        let names = failures.map(\.check.description).joined(separator: ", ")
        var lines = ["\(failures.count) of \(outcomes.count) conformance checks failed: \(names)"]
        lines += failures.map(\.description)
        lines += skippedLines
        return lines.joined(separator: "\n")
    }

    /// What passed and what was skipped, or `nil` when nothing was skipped.
    var skipText: String? {
        let skipped = skippedLines
        guard !skipped.isEmpty else { return nil }
        let passedNames = passed.map(\.description).joined(separator: ", ")
        return (["\(passed.count) conformance checks passed (\(passedNames)); \(skipped.count) did not apply:"] + skipped)
            .joined(separator: "\n")
    }
}
