import Mestring

/// What a rule's check writes its findings to.
///
/// The reporter already knows the rule and the severity it has in the running profile, so a check
/// says only where the problem is and what to do: a custom rule stays a few lines long.
///
/// ```swift
/// findings.report(offer.id, at: position, field: "venue",
///     BilingualText(english: "The venue is missing.", bokmal: "Oppmøtested mangler."),
///     fix: BilingualText(english: "Add the address.", bokmal: "Legg inn adressen."),
///     subject: FindingSubject(related: offer.partners.map { RecordReference($0) }))
/// ```
public struct FindingReporter: Sendable {
    /// The rule whose check is running.
    public let rule: CoDesignRule.ID
    /// The severity the rule has in the running profile.
    public let severity: Severity
    /// What the check has reported so far.
    public private(set) var findings: [Finding] = []

    /// A reporter for one run of a rule's check, e.g. in a test of a custom rule.
    public init(rule: CoDesignRule.ID, severity: Severity) {
        self.rule = rule
        self.severity = severity
    }

    /// Reports a problem in `field` (`"schedule.endDate"`; empty for the record itself) of the
    /// record with identifier `id` at `position` in its collection, with the facts behind it.
    ///
    /// The record is named by its identifier, not passed whole, so that a rule's loop over 100,000
    /// offers does not copy each offer.
    public mutating func report<Record: CatalogRecord>(
        _ id: Identifier<Record>, at position: Int, field: String, _ message: BilingualText, fix: BilingualText,
        subject: FindingSubject = FindingSubject()
    ) {
        let record = RecordReference(id, position: position)
        findings.append(
            Finding(
                rule: rule, severity: severity, record: record, fieldPath: record.path(to: field), subject: subject, message: message,
                fix: fix))
    }

    /// Reports a problem with the catalogue as a whole, at a field path such as `info.updated`.
    public mutating func reportCatalogue(
        field: String, _ message: BilingualText, fix: BilingualText, subject: FindingSubject = FindingSubject()
    ) {
        findings.append(
            Finding(rule: rule, severity: severity, record: nil, fieldPath: field, subject: subject, message: message, fix: fix))
    }
}
