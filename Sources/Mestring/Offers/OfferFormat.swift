/// Whether an offer is given to one person (or family) at a time or to a group.
///
/// Group offers must be co-led by a professional and a user, next of kin or their representative
/// (rule `codesign.co-led-group`).
public enum OfferFormat: String, CatalogEnumeration {
    /// One participant (with next of kin) at a time.
    case individual = "individual"
    /// A group of participants meeting together.
    case group = "group"

    /// The name of this vocabulary in messages: `unknown offer format "…"; expected one of …`.
    public static let vocabularyName = "offer format"

    /// The Bokmål label to show users, e.g. `gruppebasert`.
    public var norwegianLabel: String {
        switch self {
        case .individual: "individuelt"
        case .group: "gruppebasert"
        }
    }

    /// Words spreadsheets use for the format, e.g. `individuell`, `gruppe`.
    public var norwegianWords: [String] {
        switch self {
        case .individual: ["individuell", "en til en"]
        case .group: ["gruppe", "i gruppe"]
        }
    }
}
