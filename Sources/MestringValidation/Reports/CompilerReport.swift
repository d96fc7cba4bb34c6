/// Findings as compiler diagnostics, one line each: `catalog.json:41:7: error: offers[3].involvement:
/// no one with lived experience takes part in evaluation [codesign.phases]`; for a table,
/// `katalog/offers.csv:7: error: row 7: offers[5].involvement: …`.
///
/// This is what the build-tool plugin prints, so that bad catalogue data fails `swift build` the
/// way a type error does, and clean data prints nothing at all.
struct CompilerReport {
    let report: ValidationReport
    let language: ReportLanguage
    let locate: (Finding) -> FileLocation?

    func render() -> String {
        report.findings.map { finding in
            let location = locate(finding)
            let place = location.map { $0.compilerStyle + ": " } ?? ""
            // A table's row after the level, so that editors still read `file:line: error:`.
            let row = location?.row.map { "row \($0): " } ?? ""
            return "\(place)\(finding.severity.sarifLevel): \(row)\(finding.fieldPath): "
                + "\(finding.message.text(in: language)) [\(finding.rule)]\n"
        }.joined()
    }
}
