/// What a merge did, or would do, to one record: the line a coordinator reads before and after
/// importing a source again.
///
/// Changed fields are named by their path in the record (`format`, `schedule.startDate`), never by
/// their values: a record can hold personal data, and the report is printed and logged.
public struct RecordChange: Hashable, Sendable {
    /// What happens to the record.
    public enum Outcome: String, Hashable, Sendable {
        /// The source has a record the catalogue did not have.
        case added
        /// The source says something new about a record the catalogue has.
        case changed
        /// The source says what the catalogue already holds.
        case unchanged
        /// The source no longer has a record it supplied before; it stays in the catalogue.
        case missing
        /// The source no longer has a record it supplied before, and the merge removes it
        /// (``CatalogMerge/removesMissing``).
        case removed
    }

    /// The kind of record.
    public var kind: RecordKind
    /// The record's identifier.
    public var id: String
    /// What happens to it.
    public var outcome: Outcome
    /// For a changed record, the paths of the fields that change, in field order.
    public var fields: [String]

    /// A change from its parts.
    public init(kind: RecordKind, id: String, outcome: Outcome, fields: [String] = []) {
        self.kind = kind
        self.id = id
        self.outcome = outcome
        self.fields = fields
    }
}
