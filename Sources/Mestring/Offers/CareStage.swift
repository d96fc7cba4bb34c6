/// Where in the course of an illness an offer serves, from prevention to rehabilitation.
///
/// Cases are declared in the order a pathway runs through them; rule `pathway.stage-order`
/// checks that a pathway's steps do not go backwards.
public enum CareStage: String, CatalogEnumeration {
    /// Before illness: preventing it or its risk factors.
    case prevention = "prevention"
    /// Early signs or a new diagnosis.
    case earlyIntervention = "early-intervention"
    /// During medical treatment.
    case treatment = "treatment"
    /// Regaining function after illness or injury.
    case rehabilitation = "rehabilitation"
    /// Living with a lasting condition; long-term follow-up.
    case followUp = "follow-up"

    /// The name of this vocabulary in messages: `unknown care stage "…"; expected one of …`.
    public static let vocabularyName = "care stage"

    /// The Bokmål label to show users, e.g. `forebygging`.
    public var norwegianLabel: String {
        switch self {
        case .prevention: "forebygging"
        case .earlyIntervention: "tidlig innsats"
        case .treatment: "behandling"
        case .rehabilitation: "rehabilitering"
        case .followUp: "oppfølging"
        }
    }
}
