/// How an outcome was measured in an evaluation.
///
/// The texts do not name methods; these are the common ones in evaluations of learning-and-coping
/// offers, so that evaluations can be compared.
public enum EvaluationMethod: String, CatalogEnumeration {
    /// A questionnaire the participants fill in (*spørreskjema*).
    case questionnaire = "questionnaire"
    /// Interviews with single participants (*intervju*).
    case interview = "interview"
    /// A conversation with a group of participants (*fokusgruppe*).
    case focusGroup = "focus-group"
    /// Observation during the offer (*observasjon*).
    case observation = "observation"
    /// Data from health registers or records (*registerdata*).
    case registerData = "register-data"

    /// The name of this vocabulary in messages: `unknown evaluation method "…"; expected one of …`.
    public static let vocabularyName = "evaluation method"

    /// The Bokmål label to show users, e.g. `spørreskjema`.
    public var norwegianLabel: String {
        switch self {
        case .questionnaire: "spørreskjema"
        case .interview: "intervju"
        case .focusGroup: "fokusgruppe"
        case .observation: "observasjon"
        case .registerData: "registerdata"
        }
    }
}
