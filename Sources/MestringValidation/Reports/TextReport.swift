import Mestring

/// The human-readable report: findings grouped under their record, each as
/// `file:line: severity: field: message [rule]` (`file row N` for a table) with its fix below, then coverage and a summary.
struct TextReport {
    let report: ValidationReport
    let language: ReportLanguage
    let locate: (Finding) -> FileLocation?
    var includesCoverage = true

    func render() -> String {
        var lines: [String] = []
        var currentRecord: String?
        for finding in report.findings {
            let record = heading(of: finding)
            if record != currentRecord {
                if currentRecord != nil { lines.append("") }
                lines.append(record)
                currentRecord = record
            }
            var line = "  "
            if let location = locate(finding) { line += location.readableStyle + ": " }
            line += "\(finding.severity.label(in: language)): \(finding.fieldPath): "
            line += "\(finding.message.text(in: language)) [\(finding.rule)]"
            lines.append(line)
            lines.append("    \(fixLabel): \(finding.fix.text(in: language))")
        }
        if includesCoverage && !report.coverage.municipalities.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines += coverageLines()
        }
        if includesCoverage && !report.offersInNoPathway.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append(pathwayLine)
        }
        if !lines.isEmpty { lines.append("") }
        lines.append(summaryLine)
        return lines.joined(separator: "\n") + "\n"
    }

    private var fixLabel: String { language == .english ? "fix" : "retting" }

    private func heading(of finding: Finding) -> String {
        guard let record = finding.record else { return language == .english ? "catalogue" : "katalogen" }
        let name = language == .english ? record.kind.rawValue : record.kind.norwegianLabel
        let position = record.position.map { _ in " (\(record.path))" } ?? ""
        return "\(name) \(record.id.isEmpty ? "\"\"" : StoreError.excerpt(record.id, quoted: false))\(position)"
    }

    private func coverageLines() -> [String] {
        let coverage = report.coverage
        let count = coverage.municipalities.count
        func list(_ numbers: [MunicipalityNumber]) -> String {
            guard !numbers.isEmpty else { return language == .english ? "none" : "ingen" }
            return numbers.map { "\($0) \($0.name ?? "")" }.joined(separator: ", ")
        }
        switch language {
        case .english:
            return [
                "coverage: \(count) municipalit\(count == 1 ? "y" : "ies") served",
                "  lacking a municipal lifestyle-change offer: \(list(coverage.lackingLifestyleChange))",
                "  lacking a municipal offer for coping with illness: \(list(coverage.lackingCoping))",
            ]
        case .bokmal:
            return [
                "dekning: \(count) kommune\(count == 1 ? "" : "r") betjenes",
                "  mangler kommunalt tilbud om endring av levevaner: \(list(coverage.lackingLifestyleChange))",
                "  mangler kommunalt tilbud om å mestre livet med sykdom: \(list(coverage.lackingCoping))",
            ]
        }
    }

    /// The offers in no pathway, the first ten by identifier: a long catalogue's list is in the JSON report.
    private var pathwayLine: String {
        let offers = report.offersInNoPathway
        let shown = offers.prefix(10).map { StoreError.excerpt($0.id, quoted: false) }.joined(separator: ", ")
        let more = offers.count > 10 ? (language == .english ? ", and \(offers.count - 10) more" : " og \(offers.count - 10) til") : ""
        switch language {
        case .english: return "offers in no pathway (\(offers.count)): \(shown)\(more)"
        case .bokmal: return "tilbud som ikke inngår i noe forløp (\(offers.count)): \(shown)\(more)"
        }
    }

    private var summaryLine: String {
        let profile = language == .english ? "profile" : "profil"
        return "\(report.summary(in: language)) (\(profile) \(report.profileName))"
    }
}
