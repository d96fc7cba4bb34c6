import Mestring

/// What one offer adds to the ``OfferTally`` of every area it counts in, worked out once per offer.
///
/// An offer counts in its municipality, its county and its health trust: counting it from the
/// offer each time hashed the same language and delivery-mode strings three times over 100,000
/// offers. The contribution keeps the facts as flags and as indexes into ``TallyKeys``.
struct TallyContribution {
    /// The levels a tally is kept for, in the order of ``AreaCoverage``'s tallies.
    static let levels: [ServiceLevel] = [.municipal, .voluntary, .private, .specialist]

    /// The index of the offer's level in ``levels``.
    let level: Int
    let lifestyleChange: Bool
    let coping: Bool
    let nextOfKin: Bool
    let youngNextOfKin: Bool
    let samiLanguage: Bool
    /// The keys the offer counts under: each distinct language, its delivery mode, its age groups.
    let keys: [Int]

    init(_ offer: Lent<Offer>, level: ServiceLevel, keys table: inout TallyKeys) {
        self.level = Self.levels.firstIndex(of: level) ?? 0
        lifestyleChange = offer.kind == .lifestyleChange
        coping = OfferTally.isCoping(kind: offer.kind, focus: offer.focus)
        nextOfKin = offer.audiences.contains(.nextOfKin)
        youngNextOfKin = offer.audiences.contains(.youngNextOfKin)
        samiLanguage = offer.languages.contains(where: SamiLanguageArea.allSamiLanguages.contains)
        var keys: [Int] = []
        for language in offer.languages {
            let key = table.index(of: .languages, language.rawValue)
            if !keys.contains(key) { keys.append(key) }
        }
        keys.append(table.index(of: .deliveryModes, offer.deliveryMode?.rawValue ?? OfferTally.notStated))
        for group in AgeGroup.allCases where group.admits(offer.eligibility) {
            keys.append(table.index(of: .ageGroups, group.rawValue))
        }
        self.keys = keys
    }
}

/// The keys of an ``OfferTally``'s counts (languages, delivery modes, age groups) numbered once
/// for a whole coverage table, so that areas count into arrays instead of dictionaries.
struct TallyKeys {
    enum Dimension: Hashable { case languages, deliveryModes, ageGroups }

    struct Key: Hashable {
        let dimension: Dimension
        let name: String
    }

    private(set) var keys: [Key] = []
    private var indexes: [Key: Int] = [:]

    var count: Int { keys.count }

    mutating func index(of dimension: Dimension, _ name: String) -> Int {
        let key = Key(dimension: dimension, name: name)
        if let index = indexes[key] { return index }
        indexes[key] = keys.count
        keys.append(key)
        return keys.count - 1
    }
}

/// An ``OfferTally`` being counted: plain integers, turned into the tally's dictionaries at the end.
struct TallyCounter {
    private var tally = OfferTally()
    private var counts: [Int]

    init(keyCount: Int) { counts = [Int](repeating: 0, count: keyCount) }

    mutating func add(_ offer: TallyContribution) {
        tally.offers += 1
        if offer.lifestyleChange { tally.lifestyleChange += 1 }
        if offer.coping { tally.coping += 1 }
        if offer.nextOfKin { tally.nextOfKin += 1 }
        if offer.youngNextOfKin { tally.youngNextOfKin += 1 }
        if offer.samiLanguage { tally.samiLanguage += 1 }
        for key in offer.keys { counts[key] += 1 }
    }

    /// The tally, with a dictionary entry for every key counted at least once.
    func tally(_ keys: TallyKeys) -> OfferTally {
        var tally = self.tally
        for (index, count) in counts.enumerated() where count > 0 {
            let key = keys.keys[index]
            switch key.dimension {
            case .languages: tally.languages[key.name] = count
            case .deliveryModes: tally.deliveryModes[key.name] = count
            case .ageGroups: tally.ageGroups[key.name] = count
            }
        }
        return tally
    }
}
