import Mestring

/// Reads and writes a whole catalogue: the catalogue row and every record table.
enum CatalogTables {
    /// Replaces the database's content with what `source` hands over (a whole ``Mestring/Catalog``,
    /// or a file read record by record); the caller runs it in a transaction. See
    /// ``CatalogTableWriter``.
    static func replace(with source: some CatalogRecordSource, in database: Database) throws {
        var writer = try CatalogTableWriter(replacingContentOf: database)
        try source.send(to: &writer)
        try writer.finish()
    }

    /// Reads the whole catalogue; the caller runs it in one read transaction, so it is one snapshot.
    static func load(from database: Database) throws -> Catalog {
        var catalog = Catalog(info: try info(from: database))
        catalog.providers = RecordCollection(try Provider.read(.all, from: database))
        catalog.offers = RecordCollection(try Offer.read(.all, from: database))
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
