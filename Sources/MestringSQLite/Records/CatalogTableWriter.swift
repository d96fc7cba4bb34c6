import Mestring

/// Writes a whole catalogue into the tables as its parts arrive: the sink of a whole-catalogue
/// save, whether the parts come from a ``Mestring/Catalog`` in memory or record by record from a
/// file (``Mestring/CatalogRecordSource``), so that both give the same content.
///
/// Records get positions 1, 2, 3… per kind, in the order they arrive. Offers are indexed for full
/// text from the values in memory, so the index never reads the texts back from the table. The
/// caller runs everything, from ``init(replacingContentOf:)`` to ``finish()``, in one transaction,
/// index rebuilds included, so a failure anywhere leaves the previous catalogue and schema.
struct CatalogTableWriter: CatalogRecordSink {
    private let database: Database
    /// The secondary indexes dropped before the records are written, to be built again after.
    private let indexes: [(name: String, sql: String)]
    private var info = CatalogInfo()
    private var sources = RecordSources()
    private var providerCount: Int64 = 0
    private var offerCount: Int64 = 0
    private var personCount: Int64 = 0
    private var pathwayCount: Int64 = 0
    private var programmeCount: Int64 = 0
    private var evaluationCount: Int64 = 0

    /// Empties the database's catalogue, ready for the new one's parts.
    init(replacingContentOf database: Database) throws {
        self.database = database
        // Secondary indexes are dropped and built again after the load: sorting once is faster
        // than inserting a million entries one by one. Their definitions come from the schema
        // itself, so this stays right whatever a migration adds. The indexes of `offers` stay:
        // building one again scans every offer's row with its texts (over 100 MB for a national
        // catalogue), which costs more than keeping it up to date row by row.
        indexes = try database.rows(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name <> 'offers'")
            .compactMap { row in row[0].text.flatMap { name in row[1].text.map { (name: name, sql: $0) } } }
        for index in indexes { try database.execute("DROP INDEX \"\(index.name)\"") }
        try OfferSearchIndex.removeAll(in: database)
        for table in CatalogSchema.dataTables { try database.execute("DELETE FROM \(table)") }
    }

    mutating func take(_ info: CatalogInfo) throws { self.info = info }

    mutating func take(_ provider: Provider) throws { try Self.insert(provider, into: database, after: &providerCount) }

    mutating func take(_ offer: Offer) throws {
        try Self.insert(offer, into: database, after: &offerCount)
        try OfferSearchIndex.add(offer, at: offerCount, in: database)
    }

    mutating func take(_ person: Person) throws { try Self.insert(person, into: database, after: &personCount) }

    mutating func take(_ pathway: Pathway) throws { try Self.insert(pathway, into: database, after: &pathwayCount) }

    mutating func take(_ programme: Programme) throws { try Self.insert(programme, into: database, after: &programmeCount) }

    mutating func take(_ evaluation: Evaluation) throws { try Self.insert(evaluation, into: database, after: &evaluationCount) }

    /// Inserts the record at the position after the `count` of its kind so far, and counts it.
    private static func insert<Record: StoredRecord>(_ record: Record, into database: Database, after count: inout Int64) throws {
        count += 1
        try Record.insert(record, at: count, into: database)
    }

    mutating func take(_ sources: RecordSources) throws { self.sources = sources }

    /// Writes the catalogue's row and where records came from, and builds the dropped indexes again.
    func finish() throws {
        let statement = try database.cachedStatement("INSERT INTO catalog (singleton, title, publisher, updated, notice) VALUES (1, ?, ?, ?, ?)")
        var row = RowWriter(statement)
        try row.add(info.title)
        try row.add(info.publisher)
        try row.add(info.updated)
        try row.add(info.notice)
        try statement.execute()
        try CatalogTables.write(sources, in: database)
        for index in indexes { try database.execute(index.sql) }
    }
}
