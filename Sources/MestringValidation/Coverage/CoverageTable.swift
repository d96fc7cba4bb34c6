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
        var offersByMunicipality: [MunicipalityNumber: [Int]] = [:]
        var withoutMunicipality: [String: Int] = [:]
        var withoutKnownProvider = 0
        for (position, offer) in context.offers.enumerated() {
            guard let level = context.level(ofOfferAt: position) else {
                withoutKnownProvider += 1
                continue
            }
            let places = Set(offer.municipalities.filter(\.isKnown))
            if places.isEmpty { withoutMunicipality[level.rawValue, default: 0] += 1 }
            for number in places { offersByMunicipality[number, default: []].append(position) }
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
        func tally(_ kind: AreaCoverage.Kind, _ code: String, _ name: String, _ members: [MunicipalityNumber]) -> AreaCoverage {
            var positions = Set<Int>()
            for number in members { positions.formUnion(offersByMunicipality[number] ?? []) }
            let single = kind == .municipality ? members.first : nil
            var area = AreaCoverage(
                kind: kind, code: code, name: name, county: single?.countyNumber,
                healthTrusts: single.map { (trustsOfMunicipality[$0] ?? []).sorted() } ?? [],
                samiLanguage: single.flatMap(SamiLanguageArea.language(of:)), municipalityCount: members.count,
                municipal: OfferTally(), voluntary: OfferTally(), private: OfferTally(), specialist: OfferTally())
            for position in positions.sorted() {
                let offer = context.offers[position]
                switch context.level(ofOfferAt: position) {
                case .municipal?: area.municipal.add(offer)
                case .voluntary?: area.voluntary.add(offer)
                case .private?: area.private.add(offer)
                case .specialist?: area.specialist.add(offer)
                case nil: break
                }
            }
            return area
        }
        let all = MunicipalityRegistry.allMunicipalities
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
