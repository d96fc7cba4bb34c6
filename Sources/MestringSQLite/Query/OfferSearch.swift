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

    /// The offers matching the query, in the query's order, limited.
    func run(in database: Database) throws -> [Offer] {
        if let limit = query.limit, limit <= 0 { return [] }
        let positions = try matchingPositions(in: database)
        guard !positions.isEmpty else { return [] }
        let offers = try Offer.read(.positions(positions), from: database)
        let byPosition = Dictionary(offers.map { ($0.position, $0.record) }, uniquingKeysWith: { first, _ in first })
        return positions.compactMap { byPosition[$0] }
    }

    private struct Candidate {
        var position: Int64
        var id: String
        var score: Int
    }

    private func matchingPositions(in database: Database) throws -> [Int64] {
        let mode = textMode
        let terms = self.terms
        let (sql, arguments) = statementText(mode)
        let statement = try database.cachedStatement(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        let limit = query.limit ?? .max
        let sortsInSwift = query.ranksByRelevance
        // The index's word counts score plain offers; the others are scored by TextSearch below.
        let indexScores = sortsInSwift && mode == .index ? try OfferSearchIndex.relevanceScores(of: terms, in: database) : [:]
        var candidates: [Candidate] = []
        while try statement.step() {
            let position = statement.int64(at: 0)
            let id = statement.string(at: 1)
            let needsCheck = statement.bool(at: 2)
            var score = 0
            if mode == .reference || (mode == .index && needsCheck) {
                guard let found = try Self.referenceScore(of: position, terms: terms, in: database) else { continue }
                score = found
            } else if sortsInSwift {
                score = indexScores[position] ?? 0
            }
            candidates.append(Candidate(position: position, id: id, score: score))
            if !sortsInSwift && candidates.count >= limit { break }
        }
        if sortsInSwift { candidates = Self.best(candidates, limit: limit) }
        return candidates.prefix(limit).map(\.position)
    }

    /// The `limit` best candidates by score, ties by identifier: only candidates scoring at least
    /// the `limit`-th best score are sorted by identifier, not every match.
    private static func best(_ candidates: [Candidate], limit: Int) -> [Candidate] {
        var finalists = candidates
        if limit < candidates.count {
            let threshold = candidates.map(\.score).sorted(by: >)[limit - 1]
            finalists = candidates.filter { $0.score >= threshold }
        }
        return finalists.sorted { $0.score != $1.score ? $0.score > $1.score : Offer.ID($0.id) < Offer.ID($1.id) }
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

    private func statementText(_ mode: TextMode) -> (String, [SQLiteValue]) {
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
        var sql = "SELECT o.position, o.id, o.text_needs_check FROM offers o" + (walksInOrder ? " INDEXED BY offers_by_id" : "")
        // Otherwise the most selective dimension drives the query (its index yields the
        // candidates) and every other one is checked per candidate, so that no large set of a
        // common value (all offers for patients) is built.
        var hasDriver = walksInOrder
        var conditions: [String] = []
        func childCondition(_ table: String, _ column: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            if hasDriver {
                conditions.append("EXISTS (SELECT 1 FROM \(table) c WHERE c.offer = o.position AND c.\(column) IN \(list(values)))")
            } else {
                conditions.append("o.position IN (SELECT offer FROM \(table) WHERE \(column) IN \(list(values)))")
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
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY o.id, o.position"
        return (sql, arguments)
    }
}
