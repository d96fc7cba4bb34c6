import Mestring

/// The human-readable report: findings grouped under their record, each as
/// `file:line: severity: field: message [rule]` (`file row N` for a table) with its fix below, then coverage and a summary.
struct TextReport {
    let report: ValidationReport
    let language: ReportLanguage
    let locate: (Finding) -> FileLocation?
    var includesCoverage = true

    /// The report's text. Written line by line into one string, and a record's heading made
    /// once per record rather than once per finding: a national catalogue's report has 190,000
    /// findings, and making every line a string of its own to join them at the end, and every
    /// heading again, was a quarter of `mestring validate` after the catalogue was read.
    func render() -> String {
        var output = ""
        output.reserveCapacity(report.findings.count * 160)
        func line(_ text: String) {
            output += text
            output += "\n"
        }
        var currentRecord: String?
        var previous: (record: RecordReference?, isSet: Bool) = (nil, false)
        for finding in report.findings {
            if !previous.isSet || previous.record != finding.record {
                previous = (finding.record, true)
                let record = heading(of: finding)
                if record != currentRecord {
                    if currentRecord != nil { line("") }
                    line(record)
                    currentRecord = record
                }
            }
            output += "  "
            if let location = locate(finding) { output += location.readableStyle + ": " }
            output += "\(finding.severity.label(in: language)): \(finding.fieldPath): "
            line("\(finding.message.text(in: language)) [\(finding.rule)]")
            line("    \(fixLabel): \(finding.fix.text(in: language))")
        }
        if includesCoverage && !report.coverage.municipalities.isEmpty {
            if !output.isEmpty { line("") }
            coverageLines().forEach(line)
        }
        if includesCoverage && !report.offersInNoPathway.isEmpty {
            if !output.isEmpty { line("") }
            line(pathwayLine)
        }
        if !output.isEmpty { line("") }
        line(summaryLine)
        return output
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
