/// Which import source each record came from: the name of the spreadsheet or export that last
/// supplied it (`tilbud.csv`).
///
/// A municipality imports its offers sheet again every month. An offer that has left the sheet
/// should leave the catalogue too, but only if the sheet put it there: an offer the hospital's
/// export supplied, or one a coordinator added by hand, is not the sheet's to remove.
/// ``CatalogMerge`` records the source of every record it imports here and, with
/// ``CatalogMerge/removesMissing``, removes only records of the same source that the source no
/// longer has.
///
/// The sources are kept beside the records, not in them: a record's fields are what the source
/// says about the offer, and an offer that moves from one source to another is still the same
/// offer, equal field by field. Mestring's JSON, CSV and SQLite formats keep the sources; formats
/// made for publishing elsewhere (FHIR, HSDS) do not.
///
/// ```swift
/// catalog.sources.source(of: Offer.ID("974589095-leve-med-diabetes"))   // "tilbud.csv"
/// catalog.sources.identifiers(Offer.self, from: "tilbud.csv")
/// ```
public struct RecordSources: Hashable, Sendable, Codable {
    /// One record and where it came from, as stores write it (one row or entry each).
    public struct Entry: Hashable, Sendable, Comparable {
        /// The name of the import source.
        public var source: String
        /// The kind of record.
        public var kind: RecordKind
        /// The record's identifier, as written.
        public var id: String

        /// An entry from its parts, e.g. when a store reads its table of sources.
        public init(source: String, kind: RecordKind, id: String) {
            self.source = source
            self.kind = kind
            self.id = id
        }

        /// Entries sort by source, then kind (in catalogue order), then identifier, so stores
        /// write them in the same order every time.
        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.source, lhs.kind, lhs.id) < (rhs.source, rhs.kind, rhs.id)
        }
    }

    private struct Key: Hashable, Sendable {
        var kind: RecordKind
        var id: String
    }

    private var sourceByRecord: [Key: String] = [:]

    /// No record has a source yet: a catalogue built in code or imported before sources were kept.
    public init() {}

    /// The sources of the records in `entries`; a later entry for the same record wins.
    public init(_ entries: some Sequence<Entry>) {
        for entry in entries { sourceByRecord[Key(kind: entry.kind, id: entry.id)] = entry.source }
    }

    /// `true` when no record has a source.
    public var isEmpty: Bool { sourceByRecord.isEmpty }

    /// Every record with its source, in ``Entry`` order.
    public var entries: [Entry] {
        sourceByRecord.map { Entry(source: $0.value, kind: $0.key.kind, id: $0.key.id) }.sorted()
    }

    /// The source that last supplied the record, or `nil` when none did (it was added by hand).
    public func source<Record: CatalogRecord>(of id: Identifier<Record>) -> String? {
        sourceByRecord[Key(kind: Record.recordKind, id: id.rawValue)]
    }

    /// Notes that `source` supplied the record, replacing an earlier source.
    public mutating func setSource<Record: CatalogRecord>(_ source: String, of id: Identifier<Record>) {
        sourceByRecord[Key(kind: Record.recordKind, id: id.rawValue)] = source
    }

    /// Notes that `source` supplied every record of `catalog`: what a first import of a source
    /// records, so that importing it again can tell which records it no longer has.
    public mutating func setSource(_ source: String, ofEveryRecordIn catalog: Catalog) {
        for record in catalog.providers { setSource(source, of: record.id) }
        for record in catalog.programmes { setSource(source, of: record.id) }
        for record in catalog.people { setSource(source, of: record.id) }
        for record in catalog.offers { setSource(source, of: record.id) }
        for record in catalog.pathways { setSource(source, of: record.id) }
        for record in catalog.evaluations { setSource(source, of: record.id) }
    }

    /// Forgets where the record came from, e.g. when it is removed.
    public mutating func removeSource<Record: CatalogRecord>(of id: Identifier<Record>) {
        sourceByRecord[Key(kind: Record.recordKind, id: id.rawValue)] = nil
    }

    /// The records of type `Record` that `source` supplied, sorted by identifier.
    public func identifiers<Record: CatalogRecord>(_ type: Record.Type, from source: String) -> [Identifier<Record>] {
        sourceByRecord.filter { $0.key.kind == Record.recordKind && $0.value == source }.keys.map { Identifier($0.id) }
            .sorted { $0.rawValue < $1.rawValue }
    }

    /// Keeps only the sources of records the catalogue holds, so that a record removed by other
    /// means leaves no entry behind.
    public func keepingRecords(of catalog: Catalog) -> RecordSources {
        var kept = RecordSources()
        kept.sourceByRecord = sourceByRecord.filter { catalog.contains(kind: $0.key.kind, id: $0.key.id) }
        return kept
    }

    /// Writes `{"tilbud.csv": {"offers": ["…"], "providers": ["…"]}}`: one object per source,
    /// identifiers grouped by collection and sorted.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: NameKey.self)
        let bySource = Dictionary(grouping: entries, by: \.source)
        for source in bySource.keys.sorted() {
            var kinds = container.nestedContainer(keyedBy: NameKey.self, forKey: NameKey(source))
            for (kind, group) in Dictionary(grouping: bySource[source] ?? [], by: \.kind).sorted(by: { $0.key < $1.key }) {
                try kinds.encode(group.map(\.id), forKey: NameKey(kind.collectionName))
            }
        }
    }

    /// Reads the shape ``encode(to:)`` writes; an unknown collection name is an error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: NameKey.self)
        for source in container.allKeys {
            let kinds = try container.nestedContainer(keyedBy: NameKey.self, forKey: source)
            for name in kinds.allKeys {
                guard let kind = RecordKind.allCases.first(where: { $0.collectionName == name.stringValue }) else {
                    throw DecodingError.dataCorrupted(
                        DecodingError.Context(
                            codingPath: kinds.codingPath + [name],
                            debugDescription: "unknown collection \(StoreError.excerpt(name.stringValue)); expected one of "
                                + RecordKind.allCases.map(\.collectionName).joined(separator: ", ")))
                }
                for id in try kinds.decode([String].self, forKey: name) {
                    sourceByRecord[Key(kind: kind, id: id)] = source.stringValue
                }
            }
        }
    }

    private struct NameKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

extension Catalog {
    /// `true` when the catalogue holds a record of this kind with this identifier.
    func contains(kind: RecordKind, id: String) -> Bool {
        switch kind {
        case .provider: providers.contains(id: Provider.ID(id))
        case .offer: offers.contains(id: Offer.ID(id))
        case .person: people.contains(id: Person.ID(id))
        case .pathway: pathways.contains(id: Pathway.ID(id))
        case .programme: programmes.contains(id: Programme.ID(id))
        case .evaluation: evaluations.contains(id: Evaluation.ID(id))
        }
    }
}
