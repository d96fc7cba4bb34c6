/// Findings as compiler diagnostics, one line each: `catalog.json:41:7: error: offers[3].involvement:
/// no one with lived experience takes part in evaluation [codesign.phases]`.
///
/// This is what the build-tool plugin prints, so that bad catalogue data fails `swift build` the
/// way a type error does, and clean data prints nothing at all.
struct CompilerReport {
    let report: ValidationReport
    let language: ReportLanguage
    let locate: (Finding) -> FileLocation?

    func render() -> String {
        report.findings.map { finding in
            let location = locate(finding).map { $0.compilerStyle + ": " } ?? ""
            return "\(location)\(finding.severity.sarifLevel): \(finding.fieldPath): "
                + "\(finding.message.text(in: language)) [\(finding.rule)]\n"
        }.joined()
    }
}
