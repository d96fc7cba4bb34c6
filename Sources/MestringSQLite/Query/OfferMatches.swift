import Mestring

/// The answer to an ``Mestring/OfferQuery``: which offers match, in the query's order, before any
/// of them is read whole.
///
/// A search page shows twenty offers out of thousands of hits, and says how many there are.
/// Reading every hit as a full ``Mestring/Offer`` (texts, lists, sessions) costs far more than
/// finding them: on 100,000 offers, a text query with 3,300 hits is found in a few milliseconds
/// but takes tens of milliseconds to read whole. ``SQLiteCatalogStore/matches(for:)`` answers
/// with the count and the identifiers only; ``offers(in:)`` reads the offers of one page when
/// they are shown. ``SQLiteCatalogStore/offers(matching:)`` is the same answer read whole at once.
///
/// A page is read from the catalogue as it is when the page is read: an offer changed since the
/// answer is read as changed, and one deleted since is left out of its page.
///
/// ```swift
/// let matches = try await store.matches(for: OfferQuery(text: "demens pårørende"))
/// print("\(matches.count) tilbud")
/// for offer in try await matches.offers(in: 0..<20) { print(offer.title.preferred) }
/// ```
public struct OfferMatches: Sendable {
    /// The query this answers.
    public let query: OfferQuery
    /// The identifiers of the matching offers, in the query's order (the order of
    /// ``Mestring/Catalog/offers(matching:)``). An identifier the catalogue repeats appears once
    /// per offer that has it.
    public let ids: [Offer.ID]
    /// Where each match is stored, parallel to ``ids``.
    let positions: [Int64]
    let store: SQLiteCatalogStore

    init(query: OfferQuery, matches: [(position: Int64, id: Offer.ID)], store: SQLiteCatalogStore) {
        self.query = query
        ids = matches.map(\.id)
        positions = matches.map(\.position)
        self.store = store
    }

    /// How many offers match.
    public var count: Int { ids.count }

    /// The matching offers at `range` of the matches (clamped to them), read whole, in order: one
    /// page of a result list.
    public func offers(in range: Range<Int>) async throws -> [Offer] {
        let page = Array(positions[range.clamped(to: positions.indices)])
        return try await store.offers(at: page)
    }

    /// Every matching offer, read whole, in order.
    public func offers() async throws -> [Offer] { try await offers(in: positions.indices) }
}
