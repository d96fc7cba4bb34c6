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
    /// Where the keys the offer counts under (each distinct language, its delivery mode, its age
    /// groups) are in ``TallyKeys/assigned``: one array for all offers, not one per offer.
    let keys: Range<Int>

    init(_ offer: Lent<Offer>, level: ServiceLevel, keys table: inout TallyKeys) {
        self.level = Self.levels.firstIndex(of: level) ?? 0
        lifestyleChange = offer.kind == .lifestyleChange
        coping = OfferTally.isCoping(kind: offer.kind, focus: offer.focus)
        nextOfKin = offer.audiences.contains(.nextOfKin)
        youngNextOfKin = offer.audiences.contains(.youngNextOfKin)
        let languages = offer.languages
        samiLanguage = languages.contains(where: SamiLanguageArea.allSamiLanguages.contains)
        let start = table.assigned.count
        for language in languages {
            let key = table.index(ofLanguage: language)
            if !table.assigned[start...].contains(key) { table.assigned.append(key) }
        }
        table.assigned.append(table.index(ofDeliveryMode: offer.deliveryMode))
        let eligibility = offer.eligibility
        for group in AgeGroup.allCases where group.admits(eligibility) {
            table.assigned.append(table.index(ofAgeGroup: group))
        }
        keys = start..<table.assigned.count
    }
}

/// The keys of an ``OfferTally``'s counts (languages, delivery modes, age groups) numbered once
/// for a whole coverage table, so that areas count into arrays instead of dictionaries, and the
/// keys each offer counts under.
///
/// Delivery modes and age groups are few and closed, so their numbers are kept by case; only
/// languages are looked up by text, and an offer in the language of the offer before it (most
/// offers are in `nb`) is not looked up at all.
struct TallyKeys {
    enum Dimension: Hashable { case languages, deliveryModes, ageGroups }

    struct Key: Hashable {
        let dimension: Dimension
        let name: String
    }

    private(set) var keys: [Key] = []
    /// The keys of every ``TallyContribution``, one range of it per offer.
    var assigned: [Int] = []
    private var indexes: [Key: Int] = [:]
    private var deliveryModes = [Int?](repeating: nil, count: DeliveryMode.allCases.count + 1)
    private var ageGroups = [Int?](repeating: nil, count: AgeGroup.allCases.count)
    private var lastLanguage: (tag: LanguageTag, index: Int)?

    var count: Int { keys.count }

    mutating func index(ofLanguage language: LanguageTag) -> Int {
        if let lastLanguage, lastLanguage.tag == language { return lastLanguage.index }
        let index = index(of: .languages, language.rawValue)
        lastLanguage = (language, index)
        return index
    }

    mutating func index(ofDeliveryMode mode: DeliveryMode?) -> Int {
        let slot = mode.flatMap { DeliveryMode.allCases.firstIndex(of: $0) } ?? DeliveryMode.allCases.count
        if let index = deliveryModes[slot] { return index }
        let index = index(of: .deliveryModes, mode?.rawValue ?? OfferTally.notStated)
        deliveryModes[slot] = index
        return index
    }

    mutating func index(ofAgeGroup group: AgeGroup) -> Int {
        let slot = AgeGroup.allCases.firstIndex(of: group) ?? 0
        if let index = ageGroups[slot] { return index }
        let index = index(of: .ageGroups, group.rawValue)
        ageGroups[slot] = index
        return index
    }

    private mutating func index(of dimension: Dimension, _ name: String) -> Int {
        let key = Key(dimension: dimension, name: name)
        if let index = indexes[key] { return index }
        indexes[key] = keys.count
        keys.append(key)
        return keys.count - 1
    }
}

/// The ``OfferTally`` of every area and level being counted, as plain integers in one array,
/// turned into the tallies' dictionaries at the end.
///
/// Each area has a row per level in ``TallyContribution/levels``: the offer count and the five
/// flag counts, then one count per key of ``TallyKeys``.
struct AreaCounts {
    private static let flagCount = 6
    private let keys: TallyKeys
    private let rowLength: Int
    private var counts: [Int]

    init(areas: Int, keys: TallyKeys) {
        self.keys = keys
        rowLength = Self.flagCount + keys.count
        counts = [Int](repeating: 0, count: areas * TallyContribution.levels.count * rowLength)
    }

    mutating func add(_ offer: TallyContribution, toArea area: Int) {
        let row = (area * TallyContribution.levels.count + offer.level) * rowLength
        let assigned = keys.assigned
        counts.withUnsafeMutableBufferPointer { counts in
            counts[row] += 1
            if offer.lifestyleChange { counts[row + 1] += 1 }
            if offer.coping { counts[row + 2] += 1 }
            if offer.nextOfKin { counts[row + 3] += 1 }
            if offer.youngNextOfKin { counts[row + 4] += 1 }
            if offer.samiLanguage { counts[row + 5] += 1 }
            for key in assigned[offer.keys] { counts[row + Self.flagCount + key] += 1 }
        }
    }

    /// The tally of one area and level (an index into ``TallyContribution/levels``), with a
    /// dictionary entry for every key counted at least once.
    func tally(area: Int, level: Int) -> OfferTally {
        let row = (area * TallyContribution.levels.count + level) * rowLength
        var tally = OfferTally()
        tally.offers = counts[row]
        tally.lifestyleChange = counts[row + 1]
        tally.coping = counts[row + 2]
        tally.nextOfKin = counts[row + 3]
        tally.youngNextOfKin = counts[row + 4]
        tally.samiLanguage = counts[row + 5]
        for (index, key) in keys.keys.enumerated() {
            let count = counts[row + Self.flagCount + index]
            guard count > 0 else { continue }
            switch key.dimension {
            case .languages: tally.languages[key.name] = count
            case .deliveryModes: tally.deliveryModes[key.name] = count
            case .ageGroups: tally.ageGroups[key.name] = count
            }
        }
        return tally
    }
}
