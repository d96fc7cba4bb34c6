/// Brings what a source says into an existing catalogue, record by record, by identifier: the
/// computation behind `mestring import SOURCE --into CATALOGUE`.
///
/// A municipality keeps its offers current by importing its spreadsheet again and again into the
/// same catalogue, which coordinators have completed in between (a worklist filled in, a provider's
/// kind set by hand). So a merge follows three rules:
///
/// - **By identifier.** A record of the source whose identifier is new is *added*; one the
///   catalogue has is *changed* when the source says something new about it, else *unchanged*.
///   Identifiers from ``StableIdentifier`` stay the same from one import of a sheet to the next.
/// - **Not stated keeps what is known.** A field the source leaves *not stated* (absent, empty text,
///   empty list) keeps the catalogue's value: the sheet has no column for the offer's method, so
///   the method a coordinator filled in survives the next import. A stated value replaces the
///   catalogue's, field by field at the record's top level (a stated schedule replaces the whole
///   schedule). A source cannot erase a value by leaving it out; edit the catalogue for that.
/// - **Only your own records go.** A record the source supplied before (see ``RecordSources``)
///   and no longer has is reported as *missing*; it is removed only with ``removesMissing``.
///   Records from other sources, or added by hand, are never touched by a source that lacks them.
///
/// The merge is pure: it computes the new catalogue and every ``RecordChange``; the caller decides
/// whether to save (a dry run does not). The catalogue's ``Catalog/info`` is kept as it is.
///
/// ```swift
/// let imported = try CSVImporter(options: options).importCatalog(from: sheetURL).catalog
/// let result = try CatalogMerge(source: "tilbud.csv").merge(imported, into: try await store.load())
/// for change in result.changes where change.outcome == .changed { print(change.id, change.fields) }
/// if result.changesCatalogue { try await store.save(result.catalog) }
/// ```
public struct CatalogMerge: Sendable {
    /// The name the source's records are remembered under (usually the file name); `nil` for
    /// corrections (a filled-in worklist), which change records but leave where they came from as it was.
    public var source: String?
    /// Whether records the source supplied before and no longer has are removed (else only reported).
    public var removesMissing: Bool

    /// A merge of the source called `source`.
    public init(source: String?, removesMissing: Bool = false) {
        self.source = source
        self.removesMissing = removesMissing
    }

    /// The catalogue with `incoming` merged in, and what changed.
    /// - Throws: ``StoreError`` (`.constraint`) when `incoming` has two records of one kind with
    ///   the same identifier: a merge by identifier could not tell which one the source means.
    public func merge(_ incoming: Catalog, into existing: Catalog) throws -> CatalogMergeResult {
        var result = CatalogMergeResult(catalog: existing)
        try merge(\.providers, incoming, into: &result)
        try merge(\.programmes, incoming, into: &result)
        try merge(\.people, incoming, into: &result)
        try merge(\.offers, incoming, into: &result)
        try merge(\.pathways, incoming, into: &result)
        try merge(\.evaluations, incoming, into: &result)
        result.catalog.sources = result.catalog.sources.keepingRecords(of: result.catalog)
        result.changesCatalogue = result.catalog != existing
        return result
    }

    private func merge<Record: CatalogRecord>(
        _ keyPath: WritableKeyPath<Catalog, RecordCollection<Record>>, _ incoming: Catalog, into result: inout CatalogMergeResult
    ) throws {
        let records = incoming[keyPath: keyPath]
        if let repeated = records.duplicateIDs.first {
            throw StoreError(
                .constraint,
                "the source has more than one \(Record.recordKind.rawValue) with identifier \(StoreError.excerpt(repeated.rawValue)); a merge goes by identifier, so give each record its own",
                field: Record.recordKind.collectionName)
        }
        for record in records {
            if let current = result.catalog[keyPath: keyPath][record.id] {
                let (merged, fields) = try Self.overlay(record, onto: current)
                let changed = merged != current
                result.changes.append(
                    RecordChange(kind: Record.recordKind, id: record.id.rawValue, outcome: changed ? .changed : .unchanged, fields: fields))
                if changed { result.catalog[keyPath: keyPath].upsert(merged) }
            } else {
                result.changes.append(RecordChange(kind: Record.recordKind, id: record.id.rawValue, outcome: .added))
                result.catalog[keyPath: keyPath].upsert(record)
            }
            if let source { result.catalog.sources.setSource(source, of: record.id) }
        }
        guard let source else { return }
        for id in result.catalog.sources.identifiers(Record.self, from: source)
        where !records.contains(id: id) && result.catalog[keyPath: keyPath].contains(id: id) {
            result.changes.append(RecordChange(kind: Record.recordKind, id: id.rawValue, outcome: removesMissing ? .removed : .missing))
            if removesMissing {
                result.catalog[keyPath: keyPath].remove(id: id)
                result.catalog.sources.removeSource(of: id)
            }
        }
    }

    /// The source's record with every field it leaves not stated taken from the catalogue's, and
    /// the paths of the fields in which that differs from the catalogue's record.
    static func overlay<Record: CatalogRecord>(_ incoming: Record, onto current: Record) throws -> (Record, [String]) {
        guard incoming != current else { return (current, []) }
        let before = try FieldTree(current)
        guard case .object(var members) = try FieldTree(incoming), case .object(let known) = before else {
            return (incoming, [""])
        }
        for field in known where !field.value.isNotStated {
            if let index = members.firstIndex(where: { $0.key == field.key }) {
                if members[index].value.isNotStated { members[index].value = field.value }
            } else {
                members.append(field)
            }
        }
        let merged = try FieldTree.object(members).decode(Record.self)
        return (merged, merged == current ? [] : before.changedPaths(to: try FieldTree(merged)))
    }
}
