/// The level of the health service an offer belongs to.
///
/// Offers are given in the municipality as far as professionally sound, except what must be tightly
/// integrated with specialised treatment; pathways cross levels.
public enum ServiceLevel: String, CatalogEnumeration {
    /// The specialist health service (hospitals).
    case specialist = "specialist"
    /// The municipal health and care service.
    case municipal = "municipal"
    /// Voluntary and user organisations.
    case voluntary = "voluntary"
    /// Private providers.
    case `private` = "private"

    /// The name of this vocabulary in messages: `unknown service level "…"; expected one of …`.
    public static let vocabularyName = "service level"

    /// The Bokmål label to show users, e.g. `kommunen`.
    public var norwegianLabel: String {
        switch self {
        case .specialist: "spesialisthelsetjenesten"
        case .municipal: "kommunen"
        case .voluntary: "frivillig sektor"
        case .`private`: "privat sektor"
        }
    }
}

extension ProviderKind {
    /// The level of the health service this kind of provider belongs to.
    public var level: ServiceLevel {
        switch self {
        case .hospitalLearningCentre, .hospitalDepartment, .nationalCompetenceService, .regionalFunction: .specialist
        case .municipalUnit, .healthyLifeCentre, .interMunicipalService: .municipal
        case .voluntaryOrganisation: .voluntary
        case .privateProvider: .`private`
        }
    }
}
