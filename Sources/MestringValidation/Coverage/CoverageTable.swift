import Mestring

/// What every municipality, county and health trust is offered, over all of Norway's
/// municipalities, with the municipality's own offers apart from voluntary, private and hospital
/// offers.
///
/// Built from a catalogue without running any rule. An offer counts in the municipalities its
/// ``Mestring/Offer/municipalities`` name (as in ``Mestring/OfferQuery``), once per area; its level
/// is its provider's. Offers whose provider is not in the catalogue and offers that name no
/// municipality (a national e-learning course) are counted apart, so the totals stay honest. A
/// municipality's health trusts are those of the catalogue's specialist providers that serve it
/// (``Mestring/Provider/healthTrust``); the SDK carries no official table of catchment areas.
///
/// ```swift
/// let table = CoverageTable(catalog: catalog)
/// let bergen = table.municipalities.first { $0.code == "4601" }
/// print(table.render(.csv))
/// ```
public struct CoverageTable: Hashable, Sendable, Codable {
    /// Every municipality in ``Mestring/MunicipalityRegistry`` (357 from 2024), by number.
    public var municipalities: [AreaCoverage]
    /// Every county, by number.
    public var counties: [AreaCoverage]
    /// Every health trust the catalogue's specialist providers name for a catchment, by name.
    public var healthTrusts: [AreaCoverage]
    /// Offers that name no municipality, by their provider's level: available everywhere or
    /// nowhere in particular, so they are in no area.
    public var withoutMunicipality: [String: Int]
    /// Offers whose provider is not in the catalogue: their level is unknown, so they are in no
    /// area's counts.
    public var withoutKnownProvider: Int

    /// The coverage of a catalogue.
    public init(catalog: Catalog) { self.init(ValidationContext(catalog)) }

    init(_ context: ValidationContext) {
        let all = MunicipalityRegistry.allMunicipalities
        // Municipalities by their place in the registry: an offer's municipality is hashed once
        // here, and areas count from arrays.
        let registryIndex = Dictionary(all.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var offersByMunicipality = [[Int]](repeating: [], count: all.count)
        var withoutMunicipality: [String: Int] = [:]
        var withoutKnownProvider = 0
        // What each offer adds to a tally is worked out once here, not once for each area (its
        // municipality, county and health trust) the offer counts in.
        var keys = TallyKeys()
        var contributions: [TallyContribution?] = []
        contributions.reserveCapacity(context.offers.count)
        context.forEachOffer { position, offer in
            guard let level = context.level(ofOfferAt: position) else {
                withoutKnownProvider += 1
                contributions.append(nil)
                return
            }
            contributions.append(TallyContribution(offer, level: level, keys: &keys))
            var placed = false
            for number in offer.municipalities {
                // Unknown numbers are in no area; a number named twice is counted once per area below.
                guard let index = registryIndex[number] else { continue }
                offersByMunicipality[index].append(position)
                placed = true
            }
            if !placed { withoutMunicipality[level.rawValue, default: 0] += 1 }
        }
        var trusts: [String: Set<MunicipalityNumber>] = [:]
        // A national or regional service names its trust but serves no catchment of its own.
        for provider in context.providers where provider.level == .specialist && !provider.municipalities.isEmpty {
            guard let trust = provider.healthTrust else { continue }
            trusts[trust, default: []].formUnion(provider.municipalities.filter(\.isKnown))
        }
        let trustsOfMunicipality = trusts.reduce(into: [MunicipalityNumber: [String]]()) { result, trust in
            for number in trust.value { result[number, default: []].append(trust.key) }
        }
        // The area each offer was last counted in: an offer counts once per area, however many of
        // its municipalities it serves.
        var lastArea = [Int](repeating: -1, count: contributions.count)
        var areaCount = 0
        func tally(_ kind: AreaCoverage.Kind, _ code: String, _ name: String, _ members: [MunicipalityNumber]) -> AreaCoverage {
            let area = areaCount
            areaCount += 1
            var counters = [TallyCounter](repeating: TallyCounter(keyCount: keys.count), count: TallyContribution.levels.count)
            for number in members {
                guard let index = registryIndex[number] else { continue }
                for position in offersByMunicipality[index] where lastArea[position] != area {
                    lastArea[position] = area
                    if let contribution = contributions[position] { counters[contribution.level].add(contribution, keys: keys) }
                }
            }
            let single = kind == .municipality ? members.first : nil
            return AreaCoverage(
                kind: kind, code: code, name: name, county: single?.countyNumber,
                healthTrusts: single.map { (trustsOfMunicipality[$0] ?? []).sorted() } ?? [],
                samiLanguage: single.flatMap(SamiLanguageArea.language(of:)), municipalityCount: members.count,
                municipal: counters[0].tally(keys), voluntary: counters[1].tally(keys), private: counters[2].tally(keys),
                specialist: counters[3].tally(keys))
        }
        municipalities = all.map { tally(.municipality, $0.rawValue, $0.name ?? "", [$0]) }
        let byCounty = Dictionary(grouping: all, by: \.countyNumber)
        counties = byCounty.keys.sorted().map { county in
            tally(.county, county, MunicipalityRegistry.countyName(county) ?? "", byCounty[county] ?? [])
        }
        healthTrusts = trusts.keys.sorted().map { trust in tally(.healthTrust, trust, trust, (trusts[trust] ?? []).sorted()) }
        self.withoutMunicipality = withoutMunicipality
        self.withoutKnownProvider = withoutKnownProvider
    }

    /// The municipalities of the administrative area for Sami languages, by number.
    public var samiLanguageArea: [AreaCoverage] { municipalities.filter { $0.samiLanguage != nil } }
}
