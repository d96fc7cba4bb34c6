import Mestring

/// Answers an ``Mestring/OfferQuery`` in SQL with exactly the meaning ``Mestring/Catalog/offers(matching:)`` defines.
///
/// Every dimension is a look-up in an index: the child tables' value indexes for municipalities,
/// audiences, languages and stages; `offer_diagnosis_coverage` for diagnoses and their subcodes;
/// the first provider with the offer's provider id for the level; the FTS5 index for text. Values
/// are bound parameters, so the SQL never contains a value; it depends only on which dimensions
/// are used and how many values each has, and its prepared statement is reused. Offers are ordered by `id` (SQLite's `BINARY` collation is Unicode
/// scalar order, like ``Identifier``'s `<`), then by position; for relevance by
/// ``Mestring/TextSearch``'s score of each candidate, best first, ties by identifier: the one
/// meaning of relevance every store gives, so that a limit cuts every store's list at the same offers.
///
/// Text matching is exact by construction (see ``SearchableText``): the index decides plain offers,
/// ``Mestring/TextSearch`` decides the rest and every query with a term that is not plain.
struct OfferSearch {
    let query: OfferQuery

    private enum TextMode { case none, index, reference }

    private var terms: [String] { query.textTerms }

    private var textMode: TextMode {
        let terms = self.terms
        if terms.isEmpty { return .none }
        return terms.allSatisfy(SearchableText.isPlain) ? .index : .reference
    }

    /// The offers matching the query, in the query's order, limited: the answer first (where
    /// the offers are stored, in order), then each offer read by its position. Reading whole rows in the
    /// query's statement would make SQLite sort every candidate's whole row to put them in order.
    /// With `helper`, a long answer is read on two connections at once
    /// (``Offer/read(at:from:alongside:)``).
    func run(in database: Database, alongside helper: ReaderPool? = nil) throws -> [Offer] {
        if let limit = query.limit, limit <= 0 { return [] }
        let positions = query.ranksByRelevance ? try rankedPositions(in: database) : try matches(in: database).map(\.position)
        return try Offer.read(at: positions, from: database, alongside: helper)
    }

    /// Where the matching offers are stored and their identifiers, in the query's order, limited,
    /// without reading the offers whole (``OfferMatches``).
    func matches(in database: Database) throws -> [(position: Int64, id: Offer.ID)] {
        if let limit = query.limit, limit <= 0 { return [] }
        guard !query.ranksByRelevance else {
            return try Self.identifiers(of: try rankedPositions(in: database), in: database)
        }
        let mode = textMode
        let terms = self.terms
        let statement = try prepared(mode, selecting: "o.position, o.id, o.text_needs_check", in: database)
        defer { statement.reset() }
        let limit = query.limit ?? .max
        var matches: [(position: Int64, id: Offer.ID)] = []
        while matches.count < limit, try statement.step() {
            let position = statement.int64(at: 0)
            if mode == .reference || (mode == .index && statement.bool(at: 2)) {
                guard try Self.referenceScore(of: position, terms: terms, in: database) != nil else { continue }
            }
            matches.append((position, Offer.ID(statement.string(at: 1))))
        }
        return matches
    }

    /// Where the offers that make a ranked query's cut are stored, best first.
    private func rankedPositions(in database: Database) throws -> [Int64] {
        let scores = hasOnlyText && textMode == .index ? try indexedTextScores(in: database) : try candidateScores(in: database)
        return try Self.best(scores, limit: query.limit ?? .max, in: database)
    }

    /// `true` when text is the query's only dimension.
    private var hasOnlyText: Bool {
        query.municipalities.isEmpty && query.diagnoses.isEmpty && query.languages.isEmpty && query.stages.isEmpty
            && query.audiences.isEmpty && query.kinds.isEmpty && query.deliveryModes.isEmpty && query.levels.isEmpty
    }

    /// A plain text query and nothing else: the index's word counts alone find and score the
    /// offers it decides (an offer matches when it has a word starting with every term), without
    /// touching the offers table; the few offers it cannot decide are scored by ``Mestring/TextSearch``.
    private func indexedTextScores(in database: Database) throws -> [Int64: Int] {
        let terms = self.terms
        var scores = try OfferSearchIndex.relevanceScores(of: terms, in: database)
        let undecided = try database.cachedStatement("SELECT position FROM offers WHERE text_needs_check")
        defer { undecided.reset() }
        while try undecided.step() {
            let position = undecided.int64(at: 0)
            scores[position] = try Self.referenceScore(of: position, terms: terms, in: database)
        }
        return scores
    }

    /// Every candidate the other dimensions and the index allow, with its score.
    private func candidateScores(in database: Database) throws -> [Int64: Int] {
        let mode = textMode
        let terms = self.terms
        let statement = try prepared(mode, selecting: "o.position, o.text_needs_check", in: database)
        defer { statement.reset() }
        // The index's word counts score plain offers; the others are scored by TextSearch below.
        let indexScores = mode == .index ? try OfferSearchIndex.relevanceScores(of: terms, in: database) : [:]
        var scores: [Int64: Int] = [:]
        while try statement.step() {
            let position = statement.int64(at: 0)
            if mode == .reference || statement.bool(at: 1) {
                guard let found = try Self.referenceScore(of: position, terms: terms, in: database) else { continue }
                scores[position] = found
            } else {
                scores[position] = indexScores[position] ?? 0
            }
        }
        return scores
    }

    /// The positions of the `limit` best candidates: score first, then identifier, then position,
    /// which is ``Mestring/Catalog/offers(matching:)``'s order. Only the candidates that reach the
    /// `limit`-th best score need their identifiers, and of those that tie at that score only as
    /// many as the limit leaves room for.
    private static func best(_ scores: [Int64: Int], limit: Int, in database: Database) throws -> [Int64] {
        guard !scores.isEmpty else { return [] }
        let count = min(limit, scores.count)
        let threshold = scores.values.sorted(by: >)[count - 1]
        let above = try identifiers(of: scores.keys.filter { scores[$0]! > threshold }, in: database)
            .sorted { (scores[$0.position]!, $1.id, $1.position) > (scores[$1.position]!, $0.id, $0.position) }
        let tied = scores.filter { $0.value == threshold }.map(\.key)
        return above.map(\.position) + (try firstInIdentifierOrder(count - above.count, of: tied, in: database))
    }

    /// The first `count` of `positions` in identifier order. When they are many, walking the
    /// identifier index from the start and stopping after `count` of them reads far fewer entries
    /// than finding each one's identifier and sorting.
    private static func firstInIdentifierOrder(_ count: Int, of positions: [Int64], in database: Database) throws -> [Int64] {
        guard count > 0 else { return [] }
        let offerCount = try database.scalar("SELECT max(position) FROM offers")?.integer ?? 0
        // A step of the index walk costs about a tenth of finding one offer's identifier.
        let walkSteps = Double(count) * Double(offerCount) / Double(positions.count)
        guard walkSteps < Double(positions.count) * 10 else {
            let sorted = try identifiers(of: positions, in: database).sorted { ($0.id, $0.position) < ($1.id, $1.position) }
            return sorted.prefix(count).map(\.position)
        }
        let wanted = Set(positions)
        let walk = try database.cachedStatement("SELECT position FROM offers INDEXED BY offers_by_id ORDER BY id, position")
        defer { walk.reset() }
        var found: [Int64] = []
        while found.count < count, try walk.step() {
            let position = walk.int64(at: 0)
            if wanted.contains(position) { found.append(position) }
        }
        return found
    }

    /// The identifiers of the offers at `positions`, each found by its position.
    private static func identifiers(of positions: [Int64], in database: Database) throws -> [(position: Int64, id: Offer.ID)] {
        let statement = try database.cachedStatement("SELECT id FROM offers WHERE position = ?1")
        return try positions.map { position in
            defer { statement.reset() }
            try statement.bind(position, at: 1)
            return (position, Offer.ID(try statement.step() ? statement.string(at: 0) : ""))
        }
    }

    private static let textColumns = ["position"] + ColumnList.localized("title") + ColumnList.localized("summary")

    /// ``Mestring/TextSearch``'s score of the offer at `position`, or `nil` when it does not match.
    private static func referenceScore(of position: Int64, terms: [String], in database: Database) throws -> Int? {
        let statement = try database.cachedStatement(ColumnList.select(from: "offers", textColumns) + " WHERE position = ?1")
        defer { statement.reset() }
        try statement.bind(position, at: 1)
        guard try statement.step() else { return nil }
        var row = RowReader(statement, table: "offers", columns: textColumns, file: database.path)
        row.skip()
        return SearchableText.score(title: row.localizedText(), summary: row.optionalLocalizedText(), terms: terms)
    }

    /// The query's statement with its values bound, selecting `columns` of `offers o`.
    private func prepared(_ mode: TextMode, selecting columns: String, in database: Database) throws -> Statement {
        let (sql, arguments) = statementText(mode, selecting: columns)
        let statement = try database.cachedStatement(sql)
        try statement.bind(arguments)
        return statement
    }

    /// The query's statement, selecting `columns` of `offers o`; in identifier order unless ranked.
    private func statementText(_ mode: TextMode, selecting columns: String) -> (String, [SQLiteValue]) {
        var arguments: [SQLiteValue] = []
        func parameter(_ value: SQLiteValue) -> String {
            arguments.append(value)
            return "?\(arguments.count)"
        }
        func list(_ values: [String]) -> String {
            "(" + values.sorted().map { parameter(.text($0)) }.joined(separator: ", ") + ")"
        }
        let ranked = query.ranksByRelevance
        // With a limit and no selective dimension, walking the offers in identifier order and
        // stopping at the limit beats collecting and sorting every candidate.
        let walksInOrder = !ranked && query.limit != nil && query.municipalities.isEmpty && query.diagnoses.isEmpty
        var sql = "SELECT \(columns) FROM offers o" + (walksInOrder ? " INDEXED BY offers_by_id" : "")
        // Otherwise the most selective dimension drives the query (its index yields the
        // candidates) and every other one is checked per candidate, so that no large set of a
        // common value (all offers for patients) is built.
        var hasDriver = walksInOrder
        var conditions: [String] = []
        // When a filter table drives, the other filter tables are checked on its rows, before any
        // offer's row is looked up: an offer that fails them is never touched (a quarter faster
        // for a municipality and an audience).
        var driver: (condition: Int, select: [String])?
        func childCondition(_ table: String, _ column: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            if driver != nil {
                driver?.select.append("EXISTS (SELECT 1 FROM \(table) c WHERE c.offer = d.offer AND c.\(column) IN \(list(values)))")
            } else if hasDriver {
                conditions.append("EXISTS (SELECT 1 FROM \(table) c WHERE c.offer = o.position AND c.\(column) IN \(list(values)))")
            } else {
                driver = (conditions.count, ["SELECT d.offer FROM \(table) d WHERE d.\(column) IN \(list(values))"])
                conditions.append("")
                hasDriver = true
            }
        }
        childCondition("offer_municipalities", "municipality", query.municipalities.map(\.rawValue))
        childCondition("offer_diagnosis_coverage", "key", query.diagnoses.map(DiagnosisCoverage.key(of:)))
        if mode == .index {
            // The index's matches plus every offer the index cannot decide (checked afterwards).
            conditions.append(
                "o.position IN (SELECT rowid FROM offer_search WHERE offer_search MATCH "
                    + parameter(.text(SearchableText.matchExpression(terms)))
                    + " UNION ALL SELECT position FROM offers WHERE text_needs_check)")
            hasDriver = true
        }
        childCondition("offer_languages", "language", query.languages.map(\.rawValue))
        childCondition("offer_stages", "stage", query.stages.map(\.rawValue))
        childCondition("offer_audiences", "audience", query.audiences.map(\.rawValue))
        if !query.kinds.isEmpty { conditions.append("o.kind IN \(list(query.kinds.map(\.rawValue)))") }
        if !query.deliveryModes.isEmpty { conditions.append("o.delivery_mode IN \(list(query.deliveryModes.map(\.rawValue)))") }
        if !query.levels.isEmpty {
            let kinds = ProviderKind.allCases.filter { query.levels.contains($0.level) }.map(\.rawValue)
            conditions.append(
                "(SELECT p.kind FROM providers p WHERE p.id = o.provider ORDER BY p.position LIMIT 1) IN \(list(kinds))")
        }
        if let driver { conditions[driver.condition] = "o.position IN (" + driver.select.joined(separator: " AND ") + ")" }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        if !ranked { sql += " ORDER BY o.id, o.position" }
        return (sql, arguments)
    }
}
