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
        var named: [Bool] = []
        self.init(context, named: &named)
    }

    /// The coverage of the context's catalogue; `named` is set to whether a provider or an offer
    /// names each municipality of the register (for ``CoverageReport``, which covers those).
    ///
    /// Each offer is counted once, into every area it belongs to (its municipalities, their
    /// counties and health trusts), as flat counts per area and level: going over every area's
    /// offers instead copied an array and checked uniqueness for each count.
    init(_ context: ValidationContext, named: inout [Bool]) {
        let index = MunicipalityIndex.current
        let all = index.all
        named = [Bool](repeating: false, count: all.count)
        for provider in context.providers {
            for number in provider.municipalities { if let position = index.position(of: number) { named[position] = true } }
        }
        var trusts: [String: Set<MunicipalityNumber>] = [:]
        // A national or regional service names its trust but serves no catchment of its own.
        for provider in context.providers where provider.level == .specialist && !provider.municipalities.isEmpty {
            guard let trust = provider.healthTrust else { continue }
            trusts[trust, default: []].formUnion(provider.municipalities.filter(\.isKnown))
        }
        // Areas are numbered municipalities first (in register order), then counties, then trusts,
        // each in the order the table lists them.
        let byCounty = Dictionary(grouping: all.indices, by: { all[$0].countyNumber })
        let countyNumbers = byCounty.keys.sorted()
        let trustNames = trusts.keys.sorted()
        var areasOfMunicipality = all.indices.map { [$0] }
        for (county, number) in countyNumbers.enumerated() {
            for position in byCounty[number] ?? [] { areasOfMunicipality[position].append(all.count + county) }
        }
        for (trust, name) in trustNames.enumerated() {
            for number in trusts[name] ?? [] {
                guard let position = index.position(of: number) else { continue }
                areasOfMunicipality[position].append(all.count + countyNumbers.count + trust)
            }
        }
        var withoutMunicipality: [String: Int] = [:]
        var withoutKnownProvider = 0
        // What each offer adds to a tally is worked out once, with the areas it counts in; the
        // counts are made after, when every key is numbered.
        var keys = TallyKeys()
        var contributions: [TallyContribution] = []
        var areas: [Int] = []
        var areaStarts: [Int] = []
        contributions.reserveCapacity(context.offers.count)
        areaStarts.reserveCapacity(context.offers.count + 1)
        context.forEachOffer { position, offer in
            let level = context.level(ofOfferAt: position)
            let start = areas.count
            var placed = false
            for number in offer.municipalities {
                // Unknown numbers are in no area; an area named twice counts the offer once.
                guard let municipality = index.position(of: number) else { continue }
                named[municipality] = true
                placed = true
                guard level != nil else { continue }
                for area in areasOfMunicipality[municipality] where !areas[start...].contains(area) { areas.append(area) }
            }
            guard let level else {
                withoutKnownProvider += 1
                return
            }
            if !placed { withoutMunicipality[level.rawValue, default: 0] += 1 }
            areaStarts.append(start)
            contributions.append(TallyContribution(offer, level: level, keys: &keys))
        }
        areaStarts.append(areas.count)
        var counts = AreaCounts(areas: all.count + countyNumbers.count + trustNames.count, keys: keys)
        for (offer, contribution) in contributions.enumerated() {
            for area in areas[areaStarts[offer]..<areaStarts[offer + 1]] { counts.add(contribution, toArea: area) }
        }
        let trustsOfMunicipality = trusts.reduce(into: [MunicipalityNumber: [String]]()) { result, trust in
            for number in trust.value { result[number, default: []].append(trust.key) }
        }
        func area(_ area: Int, _ kind: AreaCoverage.Kind, _ code: String, _ name: String, _ members: [MunicipalityNumber]) -> AreaCoverage {
            let single = kind == .municipality ? members.first : nil
            return AreaCoverage(
                kind: kind, code: code, name: name, county: single?.countyNumber,
                healthTrusts: single.map { (trustsOfMunicipality[$0] ?? []).sorted() } ?? [],
                samiLanguage: single.flatMap(SamiLanguageArea.language(of:)), municipalityCount: members.count,
                municipal: counts.tally(area: area, level: 0), voluntary: counts.tally(area: area, level: 1),
                private: counts.tally(area: area, level: 2), specialist: counts.tally(area: area, level: 3))
        }
        municipalities = all.enumerated().map { area($0, .municipality, $1.rawValue, $1.name ?? "", [$1]) }
        counties = countyNumbers.enumerated().map { county, number in
            area(
                all.count + county, .county, number, MunicipalityRegistry.countyName(number) ?? "",
                (byCounty[number] ?? []).map { all[$0] })
        }
        healthTrusts = trustNames.enumerated().map { trust, name in
            area(all.count + countyNumbers.count + trust, .healthTrust, name, name, (trusts[name] ?? []).sorted())
        }
        self.withoutMunicipality = withoutMunicipality
        self.withoutKnownProvider = withoutKnownProvider
    }

    /// The municipalities of the administrative area for Sami languages, by number.
    public var samiLanguageArea: [AreaCoverage] { municipalities.filter { $0.samiLanguage != nil } }
}
