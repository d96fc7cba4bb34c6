/// How a participant gets a place on an offer.
public enum SignUpMethod: String, CatalogEnumeration {
    /// Participants sign up themselves.
    case selfReferral = "self-referral"
    /// A referral from a doctor or another service is needed.
    case referral = "referral"
    /// Either self-referral or referral.
    case either = "either"

    public static let vocabularyName = "sign-up method"

    public var norwegianLabel: String {
        switch self {
        case .selfReferral: "egenpåmelding"
        case .referral: "henvisning"
        case .either: "egenpåmelding eller henvisning"
        }
    }
}
