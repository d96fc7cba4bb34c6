/// An arena through which people are found and led to an offer.
///
/// The texts name where people learn of offers: the learning-and-coping centre at the hospital or
/// the municipality's health service (000: «kontakte lærings- og mestringssenteret ved ditt
/// nærmeste sykehus eller helsetjenesten i din kommune»), and for children and young people as
/// next of kin the school (002: «Skolen og skolehelsetjenesten er en viktig arena for å fange opp
/// barn og unge»). Recording routes lets a catalogue show who should know of an offer.
public enum ReferralRoute: String, CatalogEnumeration {
    /// The school and its teachers (*skolen*).
    case school = "school"
    /// The school health service (*skolehelsetjenesten*).
    case schoolHealthService = "school-health-service"
    /// The hospital's learning-and-coping centre (*lærings- og mestringssenteret*).
    case learningCentre = "learning-centre"
    /// The hospital's clinical departments, which refer their patients.
    case hospitalDepartment = "hospital-department"
    /// The municipality's health service (*helsetjenesten i kommunen*), including the GP.
    case municipalHealthService = "municipal-health-service"
    /// A user organisation that tells its members.
    case userOrganisation = "user-organisation"

    /// The name of this vocabulary in messages: `unknown referral route "…"; expected one of …`.
    public static let vocabularyName = "referral route"

    /// The Bokmål label to show users, e.g. `skolehelsetjenesten`.
    public var norwegianLabel: String {
        switch self {
        case .school: "skolen"
        case .schoolHealthService: "skolehelsetjenesten"
        case .learningCentre: "lærings- og mestringssenteret"
        case .hospitalDepartment: "klinisk avdeling"
        case .municipalHealthService: "helsetjenesten i kommunen"
        case .userOrganisation: "brukerorganisasjon"
        }
    }
}
