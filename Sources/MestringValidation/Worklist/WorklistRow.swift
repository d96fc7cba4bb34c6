import Mestring

/// One line of a ``Worklist``: one finding, said so that the person who fixes it in Excel knows
/// which offer, which field and what to do, with an empty cell for the right value.
public struct WorklistRow: Hashable, Sendable {
    /// The provider's name (for an offer, the provider that runs it), so the list sorts by provider.
    public var provider: String
    /// The offer's identifier, for a finding about an offer.
    public var offerID: String
    /// The offer's title, or the provider's name for a finding about a provider; empty for people,
    /// whose names are personal data.
    public var title: String
    /// The field within the record (`format`, `schedule.endDate`).
    public var field: String
    /// How serious the finding is, in the profile that ran.
    public var severity: Severity
    /// What to do, in Bokmål.
    public var action: String
    /// The rule that reported it.
    public var rule: CoDesignRule.ID
    /// The record the finding is about; `nil` for the catalogue as a whole.
    public var record: RecordReference?
    /// The right value, as the coordinator writes it; empty until then.
    public var correctedValue: String

    /// A row from its parts; ``Worklist/init(report:catalog:)`` makes them from findings.
    public init(
        provider: String, offerID: String, title: String, field: String, severity: Severity, action: String,
        rule: CoDesignRule.ID, record: RecordReference?, correctedValue: String = ""
    ) {
        self.provider = provider
        self.offerID = offerID
        self.title = title
        self.field = field
        self.severity = severity
        self.action = action
        self.rule = rule
        self.record = record
        self.correctedValue = correctedValue
    }

    /// The `post` cell that finds the record again on import: `tilbud:kols-skole`, `tilbyder:974589095`.
    var recordKey: String { record.map { "\($0.kind.norwegianLabel):\($0.id)" } ?? "" }

    /// The record a `post` cell names, or `nil` when the cell names none.
    static func record(fromKey key: String) -> RecordReference? {
        guard let colon = key.firstIndex(of: ":") else { return nil }
        let label = key[..<colon].trimmingSpaces().lowercased()
        guard let kind = RecordKind.allCases.first(where: { $0.norwegianLabel == label || $0.rawValue == label }) else { return nil }
        return RecordReference(kind: kind, id: String(key[key.index(after: colon)...]), position: nil)
    }
}
