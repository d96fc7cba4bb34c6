/// Who an offer is for, in the texts' words: «bruker, pasient eller pårørende» (000), children and
/// young people as next of kin and «hele familien» (002). The user's needs decide which offer fits.
public enum Audience: String, CatalogEnumeration {
    /// Patients (*pasienter*), in the hospital or in the municipality: the texts use the word for
    /// both levels (000: «bruker, pasient eller pårørende»).
    case patients = "patients"
    /// Users of municipal health and care services.
    case users = "users"
    /// Adult next of kin (*pårørende*).
    case nextOfKin = "next-of-kin"
    /// Children and young people as next of kin.
    case youngNextOfKin = "young-next-of-kin"
    /// Whole families, together (002: «SMIL er rettet mot hele familien»).
    case families = "families"
    /// Health personnel (*helsepersonell*): the departments' staff, for whom some centres mainly
    /// run competence-building in health pedagogy (004: «helsepedagogisk fagressurs for
    /// avdelingenes ansatte»).
    case healthPersonnel = "health-personnel"

    /// The name of this vocabulary in messages: `unknown audience "…"; expected one of …`.
    public static let vocabularyName = "audience"

    /// The Bokmål label to show users, e.g. `pårørende`.
    public var norwegianLabel: String {
        switch self {
        case .patients: "pasienter"
        case .users: "brukere"
        case .nextOfKin: "pårørende"
        case .youngNextOfKin: "barn og unge som pårørende"
        case .families: "hele familien"
        case .healthPersonnel: "helsepersonell"
        }
    }

    /// Words spreadsheets use for audiences, e.g. `pasient`, `barn som pårørende`, `familie`.
    public var norwegianWords: [String] {
        switch self {
        case .patients: ["pasient"]
        case .users: ["bruker"]
        case .nextOfKin: ["pårørende", "pårørande"]
        case .youngNextOfKin: ["barn som pårørende", "unge pårørende", "ung pårørende", "unge som pårørende", "barn og unge"]
        case .families: ["familie", "familier", "hele familier"]
        case .healthPersonnel: ["fagpersoner", "ansatte"]
        }
    }
}
