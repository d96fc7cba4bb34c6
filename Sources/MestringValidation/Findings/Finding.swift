import Mestring

/// One thing a rule found in a catalogue: which rule, how serious, which record and field, what is
/// wrong and how to fix it.
///
/// A finding points at a record by kind and identifier (what a person searches for) and at a field
/// by index path (`offers[3].schedule.endDate`), which the JSON adapter's source map turns into a
/// line. Messages never contain values of personal-data fields; they name records by identifier.
public struct Finding: Hashable, Sendable, Codable {
    /// The rule that reported the finding.
    public var rule: CoDesignRule.ID
    /// The severity the rule has in the profile that ran it.
    public var severity: Severity
    /// The kind of record the finding is about, or `nil` for the catalogue as a whole.
    public var recordKind: RecordKind?
    /// The identifier of the record, as written in the catalogue.
    public var recordID: String?
    /// The record's position in its collection: the index in ``fieldPath``.
    public var recordPosition: Int?
    /// The field, as an index path from the catalogue: `offers[3].involvement`, `info.updated`.
    public var fieldPath: String
    /// What is wrong.
    public var message: BilingualText
    /// What to do about it.
    public var fix: BilingualText

    /// A finding from its parts; rules report through ``FindingReporter`` instead.
    public init(
        rule: CoDesignRule.ID, severity: Severity, recordKind: RecordKind?, recordID: String?,
        recordPosition: Int?, fieldPath: String, message: BilingualText, fix: BilingualText
    ) {
        self.rule = rule
        self.severity = severity
        self.recordKind = recordKind
        self.recordID = recordID
        self.recordPosition = recordPosition
        self.fieldPath = fieldPath
        self.message = message
        self.fix = fix
    }

    enum CodingKeys: String, CodingKey {
        case rule, severity, recordKind, recordID, recordPosition, fieldPath = "field", message, fix
    }
}
