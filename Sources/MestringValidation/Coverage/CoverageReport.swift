import Mestring

/// Which municipalities the catalogue serves that lack an offer for changing lifestyle habits or
/// an offer about living with illness.
///
/// The national wish is that every municipality has offers both for changing lifestyle habits
/// (*levevaner*) and for coping with living with illness (seed 004). The report covers the
/// municipalities the catalogue speaks for: every current municipality named by a provider or an
/// offer. An offer counts for a municipality when its ``Mestring/Offer/municipalities`` include it
/// (as in ``Mestring/OfferQuery``) and its provider is outside the hospital: the wish is for offers
/// close to where people live. Gaps are not findings about a record; they are for planning.
public struct CoverageReport: Hashable, Sendable, Codable {
    /// The municipalities the catalogue serves, ascending.
    public var municipalities: [MunicipalityNumber]
    /// Served municipalities without a lifestyle-change offer (kind `lifestyle-change`), ascending.
    public var lackingLifestyleChange: [MunicipalityNumber]
    /// Served municipalities without a living-with offer (focus `living-with`), ascending.
    public var lackingLivingWith: [MunicipalityNumber]

    /// A coverage report from its parts, e.g. one decoded from a stored report.
    public init(
        municipalities: [MunicipalityNumber], lackingLifestyleChange: [MunicipalityNumber],
        lackingLivingWith: [MunicipalityNumber]
    ) {
        self.municipalities = municipalities
        self.lackingLifestyleChange = lackingLifestyleChange
        self.lackingLivingWith = lackingLivingWith
    }

    /// The coverage of a catalogue, without running any rule.
    public init(catalog: Catalog) { self.init(ValidationContext(catalog)) }

    init(_ context: ValidationContext) {
        var served: [MunicipalityNumber: Offers] = [:]
        for provider in context.providers {
            for number in provider.municipalities { served[number, default: Offers()].add(lifestyleChange: false, livingWith: false) }
        }
        for position in context.offers.indices {
            let offer = context.offers[position]
            let counts: Bool
            switch context.level(ofOfferAt: position) {
            case .municipal?, .voluntary?, .private?: counts = true
            case .specialist?, nil: counts = false
            }
            let lifestyleChange: Bool, livingWith: Bool
            if case .lifestyleChange = offer.kind { lifestyleChange = counts } else { lifestyleChange = false }
            if case .livingWith = offer.focus { livingWith = counts } else { livingWith = false }
            for number in offer.municipalities {
                served[number, default: Offers()].add(lifestyleChange: lifestyleChange, livingWith: livingWith)
            }
        }
        let known = served.filter { $0.key.isKnown }.sorted { $0.key < $1.key }
        self.init(
            municipalities: known.map(\.key), lackingLifestyleChange: known.filter { !$0.value.lifestyleChange }.map(\.key),
            lackingLivingWith: known.filter { !$0.value.livingWith }.map(\.key))
    }

    /// Which of the two wished-for kinds of offer a municipality has.
    private struct Offers {
        var lifestyleChange = false
        var livingWith = false

        mutating func add(lifestyleChange: Bool, livingWith: Bool) {
            self.lifestyleChange = self.lifestyleChange || lifestyleChange
            self.livingWith = self.livingWith || livingWith
        }
    }

    /// `true` when every served municipality has both kinds of offer.
    public var isComplete: Bool { lackingLifestyleChange.isEmpty && lackingLivingWith.isEmpty }
}
