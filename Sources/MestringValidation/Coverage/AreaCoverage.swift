import Mestring

/// What the offers of one area (a municipality, a county or a health trust's catchment) are,
/// level by level.
///
/// The municipality's own offers are only those of municipal providers (its units, healthy-life
/// centres and inter-municipal services): voluntary and private offers in the area are counted
/// apart, because the wish that every municipality has offers (004) is a wish for the
/// municipality's services, and hospital offers are counted apart because they need the
/// specialist service (000: «Sykehusene skal tilby … spesialisert kompetanse»).
public struct AreaCoverage: Hashable, Sendable, Codable {
    /// What kind of area this is.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// One municipality (*kommune*).
        case municipality
        /// One county (*fylke*).
        case county
        /// The catchment of one health trust (*helseforetak*), as the catalogue's hospital
        /// providers name it.
        case healthTrust = "health-trust"
    }

    /// What kind of area this is.
    public var kind: Kind
    /// The municipality or county number, or the health trust's name.
    public var code: String
    /// The official name (municipalities and counties).
    public var name: String
    /// For a municipality: its county number.
    public var county: String?
    /// For a municipality: the health trusts whose hospital providers serve it in the catalogue.
    public var healthTrusts: [String]
    /// For a municipality in the administrative area for Sami languages: its Sami language.
    public var samiLanguage: LanguageTag?
    /// How many municipalities the area holds.
    public var municipalityCount: Int
    /// The municipality's own offers: those of municipal providers.
    public var municipal: OfferTally
    /// Offers of voluntary and user organisations in the area.
    public var voluntary: OfferTally
    /// Offers of private providers in the area.
    public var `private`: OfferTally
    /// Offers of hospitals and other specialist providers for the area's residents.
    public var specialist: OfferTally

    /// `true` when the municipal providers offer both lifestyle change and coping with illness.
    public var hasBothMunicipalKinds: Bool { municipal.lifestyleChange > 0 && municipal.coping > 0 }

    /// For a municipality in the Sami area: how many offers at any level are held in its Sami language.
    public var offersInLocalSamiLanguage: Int? {
        samiLanguage.map { language in
            [municipal, voluntary, `private`, specialist].reduce(0) { $0 + ($1.languages[language.rawValue] ?? 0) }
        }
    }
}
