/// The outcome of a ``CatalogMerge``: the catalogue to save and what happened to each record.
public struct CatalogMergeResult: Hashable, Sendable {
    /// The catalogue after the merge; save it to apply the merge, or leave it for a dry run.
    public var catalog: Catalog
    /// One entry per record of the source (added, changed or unchanged), in catalogue order of
    /// kinds and source order of records, then the records the source no longer has.
    public var changes: [RecordChange]

    /// A result that changes nothing yet in `catalog`.
    public init(catalog: Catalog, changes: [RecordChange] = [], changesCatalogue: Bool = false) {
        self.catalog = catalog
        self.changes = changes
        self.changesCatalogue = changesCatalogue
    }

    /// The changes with this outcome, in order.
    public func changes(_ outcome: RecordChange.Outcome) -> [RecordChange] { changes.filter { $0.outcome == outcome } }

    /// `true` when saving would change the catalogue: a record is added, changed or removed, or a
    /// record's source is recorded for the first time. When `false`, a caller need not write at all.
    public var changesCatalogue: Bool
}
