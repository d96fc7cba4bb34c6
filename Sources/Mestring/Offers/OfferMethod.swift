/// Where the knowledge in the offer comes from, from professionals to peers.
///
/// The methods span a range (001: «spenner fra overføring av kunnskap fra fagpersoner til brukere,
/// pasienter og pårørende, sidestilling av fag- og erfaringskompetanse, og til tilbud som primært
/// omhandler erfaringsdeling mellom brukere, pasienter eller pårørende»).
public enum OfferMethod: String, CatalogEnumeration {
    /// Professionals convey knowledge.
    case knowledgeTransfer = "knowledge-transfer"
    /// Professional and experiential knowledge on equal footing.
    case equalFooting = "equal-footing"
    /// Mainly experience sharing between users, patients or next of kin.
    case experienceSharing = "experience-sharing"

    /// The name of this vocabulary in messages: `unknown method "…"; expected one of …`.
    public static let vocabularyName = "method"

    /// The Bokmål label to show users, in the words of 001, e.g. `erfaringsdeling`.
    public var norwegianLabel: String {
        switch self {
        case .knowledgeTransfer: "overføring av kunnskap"
        case .equalFooting: "sidestilling av fag- og erfaringskompetanse"
        case .experienceSharing: "erfaringsdeling"
        }
    }
}
