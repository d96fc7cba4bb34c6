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

    /// Every word of the index with the offer and column it occurs in (an `fts5vocab` table of
    /// type `instance`), created in each reader connection's temporary schema: how often the words
    /// starting with a term occur in an offer's title and summary is ``Mestring/TextSearch``'s
    /// relevance score, read from the index without reading the texts.
    static let instancesTable = "CREATE VIRTUAL TABLE temp.offer_search_instances USING fts5vocab(main, offer_search, instance)"

    /// ``Mestring/TextSearch``'s relevance score of every offer the index holds a word starting
    /// with each of `terms` for (the offers the match expression finds): title words weigh three,
    /// summary words one, summed over the terms. Exact for offers whose texts are plain (see
    /// ``SearchableText``); the caller scores the others with ``Mestring/TextSearch`` itself. The
    /// words are counted here rather than grouped in SQL, which is several times faster.
    static func relevanceScores(of terms: [String], in database: Database) throws -> [Int64: Int] {
        let statement = try database.cachedStatement(
            "SELECT doc, col = 'title' FROM temp.offer_search_instances WHERE term >= ?1 AND term < ?2")
        defer { statement.reset() }
        var scores: [Int64: Int] = [:]
        for (index, term) in terms.enumerated() {
            statement.reset()
            try statement.bind(term, at: 1)
            try statement.bind(term + "\u{10FFFF}", at: 2)
            var termScores: [Int64: Int] = [:]
            // Instances come in (term, offer) order: an offer's run of instances is summed before
            // it touches the dictionary.
            var offer: Int64 = 0
            var sum = 0
            while try statement.step() {
                let current = statement.int64(at: 0)
                if current != offer {
                    if sum > 0 { termScores[offer, default: 0] += sum }
                    offer = current
                    sum = 0
                }
                sum += statement.bool(at: 1) ? 3 : 1
            }
            if sum > 0 { termScores[offer, default: 0] += sum }
            if index == 0 {
                scores = termScores
            } else {
                scores = termScores.reduce(into: [:]) { kept, entry in
                    if let earlier = scores[entry.key] { kept[entry.key] = earlier + entry.value }
                }
            }
        }
        return scores
    }
}
