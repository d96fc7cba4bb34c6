/// The role in which a person takes part in offers.
///
/// The co-design rules count lived experience: the user, next-of-kin and peer roles bring it;
/// ``professional`` and ``coordinator`` are professional roles.
public enum InvolvementRole: String, CatalogEnumeration {
    /// A health or care professional (*fagperson*).
    case professional = "professional"
    /// A user representative appointed by a user organisation or council.
    case userRepresentative = "user-representative"
    /// An experienced user (*erfaren bruker*) with own health challenges.
    case experiencedUser = "experienced-user"
    /// A representative of next of kin.
    case nextOfKinRepresentative = "next-of-kin-representative"
    /// A trained peer helper (*likeperson*) who holds peer conversations or groups.
    case peerHelper = "peer-helper"
    /// A municipal learning-and-coping coordinator (*lærings- og mestringskoordinator*), who
    /// coordinates offers run by different municipal units (004: «en lærings- og
    /// mestringskoordinator som samordner tilbud i regi av ulike kommunale enheter»).
    case coordinator = "learning-and-coping-coordinator"

    /// The name of this vocabulary in messages: `unknown involvement role "…"; expected one of …`.
    public static let vocabularyName = "involvement role"

    /// The Bokmål label to show users, e.g. `likeperson`.
    public var norwegianLabel: String {
        switch self {
        case .professional: "fagperson"
        case .userRepresentative: "brukerrepresentant"
        case .experiencedUser: "erfaren bruker"
        case .nextOfKinRepresentative: "pårørenderepresentant"
        case .peerHelper: "likeperson"
        case .coordinator: "lærings- og mestringskoordinator"
        }
    }
}

extension InvolvementRole {
    /// `true` for every role that brings lived experience (all but ``professional`` and ``coordinator``).
    public var bringsLivedExperience: Bool { self != .professional && self != .coordinator }
}
