import Mestring

/// What validating a catalogue found: the findings in order, the rules that ran, and the coverage
/// report, ready to be rendered as text, JSON or SARIF.
public struct ValidationReport: Sendable {
    /// The name of the profile that ran.
    public var profileName: String
    /// The rules that ran, with the severities they had: what SARIF lists as the tool's rules.
    public var rules: [CoDesignRule]
    /// Every finding, ordered by record and then by rule.
    public var findings: [Finding]
    /// Served municipalities whose own services lack a lifestyle-change or coping offer.
    public var coverage: CoverageReport

    /// The offers that no pathway step names, in catalogue order. Offers «skal inngå i helhetlige
    /// forløp» (000, 001, 003): this is the list of those not yet placed in one. A step that names
    /// only an offer kind places no particular offer.
    public var offersInNoPathway: [RecordReference]

    /// A report from its parts; ``Validator/validate(_:)`` makes them.
    public init(
        profileName: String, rules: [CoDesignRule], findings: [Finding], coverage: CoverageReport,
        offersInNoPathway: [RecordReference] = []
    ) {
        self.profileName = profileName
        self.rules = rules
        self.findings = findings
        self.coverage = coverage
        self.offersInNoPathway = offersInNoPathway
    }

    /// `true` when at least one finding is an error: the catalogue should not be published, and a
    /// command line tool exits with a failure.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// The number of findings with `severity`.
    public func count(of severity: Severity) -> Int { findings.count(where: { $0.severity == severity }) }

    /// The findings of one rule, in report order.
    ///
    /// ```swift
    /// #expect(report.findings(rule: "codesign.health-pedagogy").count == 2)
    /// ```
    public func findings(rule: CoDesignRule.ID) -> [Finding] { findings.filter { $0.rule == rule } }

    /// The findings about one record (not those that only mention it in ``FindingSubject/related``),
    /// in report order.
    ///
    /// ```swift
    /// #expect(report.findings(about: Offer.ID("kols-skole")).isEmpty)
    /// ```
    public func findings<Record: CatalogRecord>(about id: Identifier<Record>) -> [Finding] {
        findings.filter { $0.record?.refers(to: id) ?? false }
    }

    /// The findings of one rule about one record, in report order: the usual assertion in a test.
    ///
    /// ```swift
    /// let finding = try #require(report.findings(rule: "codesign.phases", about: Offer.ID("kols-skole")).first)
    /// #expect(finding.subject.phase == .evaluation)
    /// ```
    public func findings<Record: CatalogRecord>(rule: CoDesignRule.ID, about id: Identifier<Record>) -> [Finding] {
        findings.filter { $0.rule == rule && ($0.record?.refers(to: id) ?? false) }
    }

    /// "3 errors, 1 warning, 0 advice": the counts per severity, as a compiler's summary line.
    public func summary(in language: ReportLanguage = .english) -> String {
        Severity.allCases.map { $0.counted(count(of: $0), in: language) }.joined(separator: ", ")
    }

    /// Renders the report for people (`text`), programs (`json`), code-scanning tools (`sarif`) or
    /// build logs (`compiler`).
    ///
    /// - Parameters:
    ///   - format: The form of the report.
    ///   - language: The language of messages in text and SARIF; JSON always carries both.
    ///   - locate: Where a finding is in the source file, when the caller knows (the CLI asks the
    ///     JSON adapter's source map with ``Finding/fieldPath``).
    public func render(
        _ format: ReportFormat, language: ReportLanguage = .english, locate: ((Finding) -> FileLocation?)? = nil
    ) -> String {
        let locate = locate ?? { _ in nil }
        switch format {
        case .text: return TextReport(report: self, language: language, locate: locate).render()
        case .json: return JSONReport(report: self, locate: locate).render()
        case .sarif: return SARIFLog(report: self, language: language, locate: locate).render()
        case .compiler: return CompilerReport(report: self, language: language, locate: locate).render()
        }
    }
}
