/// What an offer is about: one diagnosis, several, a theme, or living with illness in general.
///
/// Municipal living-with offers (*leve-med-tilbud*) complement the hospital's diagnosis-specific
/// groups; the coverage report counts both.
public enum FocusKind: String, CatalogEnumeration {
    /// About one diagnosis, e.g. type 2 diabetes; name it in the offer's diagnoses.
    case diagnosisSpecific = "diagnosis-specific"
    /// Across diagnoses, e.g. for people with any chronic illness.
    case crossDiagnosis = "cross-diagnosis"
    /// About a theme such as nutrition, sleep or stress management; name it in the offer's themes.
    case theme = "theme"
    /// About living with an illness or disability in general (*leve-med*).
    case livingWith = "living-with"

    /// The name of this vocabulary in messages: `unknown focus "…"; expected one of …`.
    public static let vocabularyName = "focus"

    /// The Bokmål label to show users, e.g. `leve med`.
    public var norwegianLabel: String {
        switch self {
        case .diagnosisSpecific: "diagnosespesifikt"
        case .crossDiagnosis: "diagnoseuavhengig"
        case .theme: "temaspesifikt"
        case .livingWith: "leve med"
        }
    }

    /// The adjective as people also write it, without the neuter *-t* (`diagnosespesifikk kurs`
    /// is how a sheet says it as often as `diagnosespesifikt`), and the common nouns.
    public var norwegianWords: [String] {
        switch self {
        case .diagnosisSpecific: ["diagnosespesifikk"]
        case .crossDiagnosis: ["diagnoseovergripende", "på tvers av diagnoser"]
        case .theme: ["temaspesifikk", "tema"]
        case .livingWith: ["leve-med", "leve med sykdom"]
        }
    }
}
