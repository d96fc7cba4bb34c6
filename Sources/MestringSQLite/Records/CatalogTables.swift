import Mestring

/// Reads and writes a whole catalogue: the catalogue row and every record table.
enum CatalogTables {
    /// Replaces the database's content with `catalog`; the caller runs it in a transaction.
    ///
    /// Records get positions 1, 2, 3… in the catalogue's order. Offers are indexed for full text
    /// from the values in memory, so the index never reads the texts back from the table. The
    /// whole replacement runs in the caller's transaction, index rebuilds included, so a failure
    /// anywhere leaves the previous catalogue and schema.
    static func replace(with catalog: Catalog, in database: Database) throws {
        // Secondary indexes are dropped and built again after the load: sorting once is faster
        // than inserting a million entries one by one. Their definitions come from the schema
        // itself, so this stays right whatever a migration adds. The indexes of `offers` stay:
        // building one again scans every offer's row with its texts (over 100 MB for a national
        // catalogue), which costs more than keeping it up to date row by row.
        let indexes = try database.rows(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name <> 'offers'")
            .compactMap { row in row[0].text.flatMap { name in row[1].text.map { (name: name, sql: $0) } } }
        for index in indexes { try database.execute("DROP INDEX \"\(index.name)\"") }
        try OfferSearchIndex.removeAll(in: database)
        for table in CatalogSchema.dataTables { try database.execute("DELETE FROM \(table)") }
        let info = try database.cachedStatement("INSERT INTO catalog (singleton, title, publisher, updated, notice) VALUES (1, ?, ?, ?, ?)")
        var row = RowWriter(info)
        try row.add(catalog.info.title)
        try row.add(catalog.info.publisher)
        try row.add(catalog.info.updated)
        try row.add(catalog.info.notice)
        try info.execute()
        for (index, provider) in catalog.providers.enumerated() { try Provider.insert(provider, at: Int64(index + 1), into: database) }
        for (index, person) in catalog.people.enumerated() { try Person.insert(person, at: Int64(index + 1), into: database) }
        for (index, offer) in catalog.offers.enumerated() {
            let position = try Offer.insert(offer, at: Int64(index + 1), into: database)
            try OfferSearchIndex.add(offer, at: position, in: database)
        }
        for (index, pathway) in catalog.pathways.enumerated() { try Pathway.insert(pathway, at: Int64(index + 1), into: database) }
        for (index, programme) in catalog.programmes.enumerated() { try Programme.insert(programme, at: Int64(index + 1), into: database) }
        for (index, evaluation) in catalog.evaluations.enumerated() {
            try Evaluation.insert(evaluation, at: Int64(index + 1), into: database)
        }
        try write(catalog.sources, in: database)
        for index in indexes { try database.execute(index.sql) }
    }

    /// Reads the whole catalogue; the caller runs it in one read transaction, so it is one snapshot.
    /// With `helper`, half of the offers are read on a second reader connection that sees the same
    /// snapshot (``Offer/readAll(from:alongside:)``).
    static func load(from database: Database, alongside helper: ReaderPool? = nil) throws -> Catalog {
        var catalog = Catalog(info: try info(from: database))
        catalog.providers = RecordCollection(try Provider.read(.all, from: database))
        catalog.offers = RecordCollection(try Offer.readAll(from: database, alongside: helper))
        catalog.people = RecordCollection(try Person.read(.all, from: database))
        catalog.pathways = RecordCollection(try Pathway.read(.all, from: database))
        catalog.programmes = RecordCollection(try Programme.read(.all, from: database))
        catalog.evaluations = RecordCollection(try Evaluation.read(.all, from: database))
        catalog.sources = try sources(from: database).keepingRecords(of: catalog)
        return catalog
    }

    /// Replaces the table of where each record came from.
    static func write(_ sources: RecordSources, in database: Database) throws {
        try database.execute("DELETE FROM record_sources")
        for entry in sources.entries {
            try database.execute(
                "INSERT INTO record_sources (record_kind, record_id, source) VALUES (?, ?, ?)",
                arguments: [.text(entry.kind.rawValue), .text(entry.id), .text(entry.source)])
        }
    }

    /// Where each record came from; a record deleted on its own since leaves its row, which is dropped here.
    private static func sources(from database: Database) throws -> RecordSources {
        var entries: [RecordSources.Entry] = []
        for row in try database.rows("SELECT record_kind, record_id, source FROM record_sources") {
            guard let name = row[0].text, let id = row[1].text, let source = row[2].text else { continue }
            guard let kind = RecordKind(rawValue: name) else {
                throw StoreError(
                    .malformedData, "unknown record kind \(StoreError.excerpt(name)); expected one of \(RecordKind.allowedSpellings)",
                    file: database.path, field: "record_sources.record_kind")
            }
            entries.append(RecordSources.Entry(source: source, kind: kind, id: id))
        }
        return RecordSources(entries)
    }

    private static func info(from database: Database) throws -> CatalogInfo {
        let columns = ["singleton", "title", "publisher", "updated", "notice"]
        let statement = try database.cachedStatement(ColumnList.select(from: "catalog", columns))
        defer { statement.reset() }
        guard try statement.step() else { return CatalogInfo() }
        var row = RowReader(statement, table: "catalog", columns: columns, file: database.path)
        row.skip()
        return CatalogInfo(title: row.optionalString(), publisher: row.optionalString(), updated: try row.optionalDate(), notice: row.optionalString())
    }
}
