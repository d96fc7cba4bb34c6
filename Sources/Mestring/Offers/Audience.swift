/// Who an offer is for. The user's needs decide which offer fits.
public enum Audience: String, CatalogEnumeration {
    /// Patients in the specialist health service.
    case patients = "patients"
    /// Users of municipal health and care services.
    case users = "users"
    /// Adult next of kin (*pårørende*).
    case nextOfKin = "next-of-kin"
    /// Children and young people as next of kin.
    case youngNextOfKin = "young-next-of-kin"
    /// Whole families, together.
    case families = "families"

    /// The name of this vocabulary in messages: `unknown audience "…"; expected one of …`.
    public static let vocabularyName = "audience"

    /// The Bokmål label to show users, e.g. `pårørende`.
    public var norwegianLabel: String {
        switch self {
        case .patients: "pasienter"
        case .users: "brukere"
        case .nextOfKin: "pårørende"
        case .youngNextOfKin: "barn og unge som pårørende"
        case .families: "familier"
        }
    }
}
