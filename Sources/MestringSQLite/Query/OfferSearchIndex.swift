import Mestring

/// Keeps the external-content FTS5 table `offer_search` in step with `offers`.
///
/// The index stores no text of its own: it reads titles and summaries through the view
/// `offer_search_source`. SQLite therefore cannot update it by itself; every write of an offer goes
/// through these calls. Whoever edits the
/// `offers` table by other means must run `INSERT INTO offer_search(offer_search) VALUES ('rebuild')`.
enum OfferSearchIndex {
    /// Indexes the offer at `position`, after its row was inserted.
    static func add(_ position: Int64, in database: Database) throws {
        let statement = try database.cachedStatement(
            "INSERT INTO offer_search (rowid, title, summary) SELECT position, title, summary FROM offer_search_source WHERE position = ?1")
        try statement.bind(position, at: 1)
        try statement.execute()
    }

    /// Removes the offer at `position` from the index, before its row is deleted (the index needs
    /// the old texts to find its entries).
    static func remove(_ position: Int64, in database: Database) throws {
        let statement = try database.cachedStatement(
            "INSERT INTO offer_search (offer_search, rowid, title, summary) SELECT 'delete', position, title, summary FROM offer_search_source WHERE position = ?1"
        )
        try statement.bind(position, at: 1)
        try statement.execute()
    }

    /// Empties the index, before every offer is deleted.
    static func removeAll(in database: Database) throws {
        try database.execute("INSERT INTO offer_search (offer_search) VALUES ('delete-all')")
    }

    /// Indexes an offer just inserted at `position` from its values in memory, which is what the
    /// view `offer_search_source` gives for it: the translations joined by spaces.
    static func add(_ offer: Offer, at position: Int64, in database: Database) throws {
        func joined(_ text: LocalizedText?) -> String {
            TextLanguage.allCases.map { text?[$0] ?? "" }.joined(separator: " ")
        }
        let statement = try database.cachedStatement("INSERT INTO offer_search (rowid, title, summary) VALUES (?1, ?2, ?3)")
        try statement.bind(position, at: 1)
        try statement.bind(joined(offer.title), at: 2)
        try statement.bind(joined(offer.summary), at: 3)
        try statement.execute()
    }

    /// ``Mestring/TextSearch``'s relevance score of every offer the match expression of `terms`
    /// finds (each has a word starting with every term): title words weigh three, summary words
    /// one, summed over the terms, counted by ``RelevanceFunction`` from the match's instances
    /// without reading the texts. Exact for offers whose texts are plain (see
    /// ``SearchableText``); the caller scores the others with ``Mestring/TextSearch`` itself.
    static func relevanceScores(of terms: [String], in database: Database) throws -> [Int64: Int] {
        let statement = try database.cachedStatement(
            "SELECT rowid, \(RelevanceFunction.name)(offer_search) FROM offer_search WHERE offer_search MATCH ?1")
        defer { statement.reset() }
        try statement.bind(SearchableText.matchExpression(terms), at: 1)
        var scores: [Int64: Int] = [:]
        while try statement.step() { scores[statement.int64(at: 0)] = statement.int(at: 1) }
        return scores
    }
}
