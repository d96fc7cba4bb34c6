/// The error thrown when a catalogue that must be free of errors is not: its description is the
/// text report of the errors, so a failing test shows what to fix.
public struct ValidationFailure: Error, CustomStringConvertible {
    /// The full report, warnings and advice included.
    public var report: ValidationReport

    /// A failure for a report that has errors.
    public init(report: ValidationReport) {
        self.report = report
    }

    /// The text report of the errors, without warnings, advice or coverage.
    public var description: String {
        var errorsOnly = report
        errorsOnly.findings = report.findings.filter { $0.severity == .error }
        var text = TextReport(report: errorsOnly, language: .english, locate: { _ in nil })
        text.includesCoverage = false
        return "The catalogue has validation errors:\n" + text.render()
    }
}
