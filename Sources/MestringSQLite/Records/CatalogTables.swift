import Mestring

/// Reads and writes a whole catalogue: the catalogue row and every record table.
enum CatalogTables {
    /// Replaces the database's content with `catalog`; the caller runs it in a transaction.
    ///
    /// Records get positions 1, 2, 3… in the catalogue's order, and the full-text index is rebuilt
    /// once after all offers are in, which is much faster than indexing offer by offer.
    static func replace(with catalog: Catalog, in database: Database) throws {
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
        for (index, offer) in catalog.offers.enumerated() { try Offer.insert(offer, at: Int64(index + 1), into: database) }
        for (index, pathway) in catalog.pathways.enumerated() { try Pathway.insert(pathway, at: Int64(index + 1), into: database) }
        try OfferSearchIndex.rebuild(in: database)
    }

    /// Reads the whole catalogue; the caller runs it in one read transaction, so it is one snapshot.
    static func load(from database: Database) throws -> Catalog {
        var catalog = Catalog(info: try info(from: database))
        catalog.providers = RecordCollection(try Provider.read(.all, from: database).map(\.record))
        catalog.offers = RecordCollection(try Offer.read(.all, from: database).map(\.record))
        catalog.people = RecordCollection(try Person.read(.all, from: database).map(\.record))
        catalog.pathways = RecordCollection(try Pathway.read(.all, from: database).map(\.record))
        return catalog
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
