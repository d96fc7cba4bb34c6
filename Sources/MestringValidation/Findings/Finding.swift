import Mestring

/// One thing a rule found in a catalogue: which rule, how serious, which record and field, the
/// specific facts, what is wrong and how to fix it.
///
/// A finding points at a record with a typed ``RecordReference`` (what a person searches for, and
/// what ``ValidationReport/findings(about:)`` matches) and at a field by index path
/// (`offers[3].schedule.endDate`), which the JSON adapter's source map turns into a line. Its
/// ``subject`` holds the facts behind the sentence (the missing phase, the professional without
/// competence), so that tests assert on facts, not on wording. Messages never contain values of
/// personal-data fields.
///
/// ```swift
/// let finding = try #require(report.findings(rule: "codesign.phases", about: Offer.ID("kols-skole")).first)
/// #expect(finding.severity == .error)
/// #expect(finding.field == "involvement")
/// #expect(finding.subject.phase == .evaluation)
/// ```
public struct Finding: Hashable, Sendable, Codable {
    /// The rule that reported the finding.
    public var rule: CoDesignRule.ID
    /// The severity the rule has in the profile that ran it.
    public var severity: Severity
    /// The record the finding is about, or `nil` for the catalogue as a whole.
    public var record: RecordReference?
    /// The field, as an index path from the catalogue: `offers[3].involvement`, `info.updated`.
    public var fieldPath: String
    /// The facts behind the finding, for programs and tests.
    public var subject: FindingSubject
    /// What is wrong.
    public var message: BilingualText
    /// What to do about it.
    public var fix: BilingualText

    /// A finding from its parts; rules report through ``FindingReporter`` instead.
    public init(
        rule: CoDesignRule.ID, severity: Severity, record: RecordReference?, fieldPath: String,
        subject: FindingSubject = FindingSubject(), message: BilingualText, fix: BilingualText
    ) {
        self.rule = rule
        self.severity = severity
        self.record = record
        self.fieldPath = fieldPath
        self.subject = subject
        self.message = message
        self.fix = fix
    }

    /// A finding that owns no storage: what is left where a finding was moved out of an array
    /// (``Validator`` moves findings into the report instead of copying them).
    static let moved = Finding(
        rule: "", severity: .advice, record: nil, fieldPath: "", message: BilingualText("", ""), fix: BilingualText("", ""))

    /// The field within the record (`involvement`, `schedule.endDate`), or the whole
    /// ``fieldPath`` for a finding about the catalogue; empty for the record itself.
    public var field: String {
        guard let record else { return fieldPath }
        let prefix = record.path
        guard fieldPath.hasPrefix(prefix) else { return fieldPath }
        return String(fieldPath.dropFirst(prefix.count).drop { $0 == "." })
    }

    /// Writes the JSON report's flat shape: `recordKind`, `recordID` and `recordPosition` beside
    /// `field` (the path), with `subject` only when it holds a fact.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encodeIfPresent(record?.kind, forKey: .recordKind)
        try container.encodeIfPresent(record?.id, forKey: .recordID)
        try container.encodeIfPresent(record?.position, forKey: .recordPosition)
        try container.encode(fieldPath, forKey: .fieldPath)
        if !subject.isEmpty { try container.encode(subject, forKey: .subject) }
        try container.encode(message, forKey: .message)
        try container.encode(fix, forKey: .fix)
    }

    /// Reads a finding from a JSON report.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var record: RecordReference?
        if let kind = try container.decodeIfPresent(RecordKind.self, forKey: .recordKind) {
            record = RecordReference(kind: kind, id: try container.decode(String.self, forKey: .recordID),
                position: try container.decodeIfPresent(Int.self, forKey: .recordPosition))
        }
        self.init(
            rule: try container.decode(CoDesignRule.ID.self, forKey: .rule),
            severity: try container.decode(Severity.self, forKey: .severity), record: record,
            fieldPath: try container.decode(String.self, forKey: .fieldPath),
            subject: try container.decodeIfPresent(FindingSubject.self, forKey: .subject) ?? FindingSubject(),
            message: try container.decode(BilingualText.self, forKey: .message),
            fix: try container.decode(BilingualText.self, forKey: .fix))
    }

    enum CodingKeys: String, CodingKey {
        case rule, severity, recordKind, recordID, recordPosition, fieldPath = "field", subject, message, fix
    }
}
