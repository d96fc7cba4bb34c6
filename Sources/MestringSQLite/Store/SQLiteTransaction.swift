import Mestring

/// The catalogue inside one transaction of a ``SQLiteCatalogStore``: record reads and writes that
/// are committed together, or not at all.
///
/// ``SQLiteCatalogStore/inTransaction(_:)`` hands it to its closure, for work that reads and
/// writes many records and must not be interleaved with another program's write, such as merging
/// an import into an existing catalogue:
///
/// ```swift
/// try await store.inTransaction { transaction in
///     for offer in imported.offers where try transaction.fetch(Offer.self, id: offer.id) != offer {
///         try transaction.upsert(offer)
///     }
/// }
/// ```
///
/// It cannot leave the closure: the type is non-copyable and the closure only borrows it, so the
/// compiler refuses to store it, return it or capture it in an escaping closure. The connection
/// underneath is never handed out, so no statement can outlive it. The operations mean what the
/// store's own ``Mestring/RecordStore`` operations mean, inside the one transaction.
public struct SQLiteTransaction: ~Copyable {
    private let database: Database

    init(_ database: Database) { self.database = database }

    /// The whole catalogue as this transaction sees it, its own changes included.
    public func load() throws -> Catalog { try CatalogTables.load(from: database) }

    /// The first record of this type with the identifier, or `nil`.
    public func fetch<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) throws -> Record? {
        try Self.fetch(try Self.stored(type), id: id.rawValue, from: database) as? Record
    }

    /// Replaces the first record with the record's identifier at its position, or appends it; the
    /// full-text index follows.
    public func upsert<Record: CatalogRecord>(_ record: Record) throws {
        try Self.upsert(try Self.stored(Record.self), record, in: database)
    }

    /// Removes every record of this type with the identifier, with its lists; `true` when there was one.
    @discardableResult
    public func delete<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) throws -> Bool {
        try Self.delete(try Self.stored(type), id: id.rawValue, in: database)
    }

    /// Writes what a ``Mestring/CatalogMerge`` computed from ``load()``: the added and changed
    /// records, the removed ones, and where each record came from. Only those records are
    /// written, so merging a sheet of ten offers into a catalogue of thousands rewrites ten rows.
    public func apply(_ result: CatalogMergeResult) throws {
        for change in result.changes {
            switch change.outcome {
            case .added, .changed: try upsertRecord(change, of: result.catalog)
            case .removed: try deleteRecord(change)
            default: continue
            }
        }
        try CatalogTables.write(result.catalog.sources, in: database)
    }

    private func upsertRecord(_ change: RecordChange, of catalog: Catalog) throws {
        func write<Record: CatalogRecord>(_ records: RecordCollection<Record>) throws {
            if let record = records[Record.ID(rawValue: change.id)] { try upsert(record) }
        }
        switch change.kind {
        case .provider: try write(catalog.providers)
        case .offer: try write(catalog.offers)
        case .person: try write(catalog.people)
        case .pathway: try write(catalog.pathways)
        case .programme: try write(catalog.programmes)
        case .evaluation: try write(catalog.evaluations)
        }
    }

    private func deleteRecord(_ change: RecordChange) throws {
        switch change.kind {
        case .provider: try delete(Provider.self, id: Provider.ID(rawValue: change.id))
        case .offer: try delete(Offer.self, id: Offer.ID(rawValue: change.id))
        case .person: try delete(Person.self, id: Person.ID(rawValue: change.id))
        case .pathway: try delete(Pathway.self, id: Pathway.ID(rawValue: change.id))
        case .programme: try delete(Programme.self, id: Programme.ID(rawValue: change.id))
        case .evaluation: try delete(Evaluation.self, id: Evaluation.ID(rawValue: change.id))
        }
    }

    /// The offers matching `query`, with exactly the meaning of ``Mestring/Catalog/offers(matching:)``.
    public func offers(matching query: OfferQuery) throws -> [Offer] { try OfferSearch(query: query).run(in: database) }

    // MARK: Generic record access

    private static func stored<Record: CatalogRecord>(_ type: Record.Type) throws -> any StoredRecord.Type {
        guard let stored = type as? any StoredRecord.Type else {
            throw StoreError(.constraint, "the SQLite store does not keep records of type \(type)")
        }
        return stored
    }

    private static func fetch<Record: StoredRecord>(_ type: Record.Type, id: String, from database: Database) throws -> Record? {
        try Record.fetch(Record.ID(rawValue: id), from: database)
    }

    private static func upsert<Record: StoredRecord>(_ type: Record.Type, _ record: some CatalogRecord, in database: Database) throws {
        guard let record = record as? Record else { return }
        try Record.upsert(record, in: database)
    }

    private static func delete<Record: StoredRecord>(_ type: Record.Type, id: String, in database: Database) throws -> Bool {
        try Record.delete(Record.ID(rawValue: id), in: database)
    }
}
