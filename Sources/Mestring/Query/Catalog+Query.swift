extension OfferQuery {
    /// `true` when `offer` matches every dimension of the query except text, given the level of its
    /// provider (`nil` when the provider is unknown).
    public func matchesStructurally(_ offer: Offer, providerLevel: ServiceLevel?) -> Bool {
        func overlaps<Value: Hashable>(_ wanted: Set<Value>, _ present: [Value]) -> Bool {
            wanted.isEmpty || present.contains(where: wanted.contains)
        }
        guard overlaps(municipalities, offer.municipalities), overlaps(audiences, offer.audiences),
            overlaps(languages, offer.languages), overlaps(stages, offer.stages),
            kinds.isEmpty || offer.kind.map(kinds.contains) == true
        else { return false }
        if !deliveryModes.isEmpty {
            guard let mode = offer.deliveryMode, deliveryModes.contains(mode) else { return false }
        }
        if !levels.isEmpty {
            guard let level = providerLevel, levels.contains(level) else { return false }
        }
        if !diagnoses.isEmpty {
            guard offer.diagnoses.contains(where: { code in diagnoses.contains { code.isCovered(by: $0) } })
            else { return false }
        }
        return true
    }
}

extension Catalog {
    /// The offers that match `query`, in the query's order: the reference meaning of ``OfferQuery``
    /// that every store's `offers(matching:)` must reproduce.
    public func offers(matching query: OfferQuery) -> [Offer] {
        let terms = query.textTerms
        var scored: [(offer: Offer, score: Int)] = []
        for offer in offers where query.matchesStructurally(offer, providerLevel: level(of: offer)) {
            guard let score = TextSearch.score(of: offer, terms: terms) else { continue }
            scored.append((offer, score))
        }
        if query.ranksByRelevance {
            scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.offer.id < $1.offer.id }
        } else {
            scored.sort { $0.offer.id < $1.offer.id }
        }
        let ordered = scored.map(\.offer)
        guard let limit = query.limit else { return ordered }
        return Array(ordered.prefix(max(0, limit)))
    }
}
