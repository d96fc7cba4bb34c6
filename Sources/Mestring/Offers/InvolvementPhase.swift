/// The three phases in which user representatives and professionals work together on an offer.
///
/// Rule `codesign.phases` requires someone with lived experience in each of them.
public enum InvolvementPhase: String, CatalogEnumeration {
    /// Planning and designing the offer.
    case planning = "planning"
    /// Delivering (leading, teaching) the offer.
    case delivery = "delivery"
    /// Evaluating the offer afterwards.
    case evaluation = "evaluation"

    /// The name of this vocabulary in messages: `unknown involvement phase "…"; expected one of …`.
    public static let vocabularyName = "involvement phase"

    /// The Bokmål label to show users, e.g. `gjennomføring`.
    public var norwegianLabel: String {
        switch self {
        case .planning: "planlegging"
        case .delivery: "gjennomføring"
        case .evaluation: "evaluering"
        }
    }
}
