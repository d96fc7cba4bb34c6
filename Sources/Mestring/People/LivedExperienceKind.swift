/// The kind of lived experience a person brings.
public enum LivedExperienceKind: String, CatalogEnumeration {
    /// Has or has had the illness or health challenge.
    case ownIllness = "own-illness"
    /// Lives with a disability (*nedsatt funksjonsevne*, 000 and 003).
    case disability = "disability"
    /// Has been an adult next of kin.
    case nextOfKin = "next-of-kin"
    /// Was a child or young person as next of kin (002: «pårørende barn eller unge»).
    case youngNextOfKin = "young-next-of-kin"

    /// The name of this vocabulary in messages: `unknown lived experience "…"; expected one of …`.
    public static let vocabularyName = "lived experience"

    /// The Bokmål label to show users, e.g. `pårørende`.
    public var norwegianLabel: String {
        switch self {
        case .ownIllness: "egen sykdom"
        case .disability: "nedsatt funksjonsevne"
        case .nextOfKin: "pårørende"
        case .youngNextOfKin: "pårørende barn eller unge"
        }
    }
}
