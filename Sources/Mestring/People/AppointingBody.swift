/// Who appointed a user representative (*brukerrepresentant*): a user organisation or a user council.
///
/// A representative speaks for users because a body of users chose them; recording which body
/// lets a reader see that the representative takes part *as* a user, not as a professional who
/// happens to have lived experience (003: «samarbeid mellom brukere, brukerrepresentanter og
/// fagpersoner»).
public enum AppointingBody: String, CatalogEnumeration {
    /// A user or patient organisation (*brukerorganisasjon*), e.g. LHL or Kreftforeningen.
    case userOrganisation = "user-organisation"
    /// A user council (*brukerråd*) of a hospital trust or a municipality.
    case userCouncil = "user-council"

    /// The name of this vocabulary in messages: `unknown appointing body "…"; expected one of …`.
    public static let vocabularyName = "appointing body"

    /// The Bokmål label to show users, e.g. `brukerråd`.
    public var norwegianLabel: String {
        switch self {
        case .userOrganisation: "brukerorganisasjon"
        case .userCouncil: "brukerråd"
        }
    }
}
