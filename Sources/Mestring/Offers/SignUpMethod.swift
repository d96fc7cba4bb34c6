/// How a participant gets a place on an offer.
public enum SignUpMethod: String, CatalogEnumeration {
    /// Participants sign up themselves.
    case selfReferral = "self-referral"
    /// A referral from a doctor or another service is needed.
    case referral = "referral"
    /// Either self-referral or referral.
    case either = "either"

    /// The name of this vocabulary in messages: `unknown sign-up method "…"; expected one of …`.
    public static let vocabularyName = "sign-up method"

    /// The Bokmål label to show users, e.g. `egenpåmelding`.
    public var norwegianLabel: String {
        switch self {
        case .selfReferral: "egenpåmelding"
        case .referral: "henvisning"
        case .either: "egenpåmelding eller henvisning"
        }
    }
}
