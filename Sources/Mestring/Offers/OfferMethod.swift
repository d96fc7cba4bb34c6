/// Where the knowledge in the offer comes from, from professionals to peers.
///
/// The guideline describes a range: knowledge transfer by professionals, professional and
/// experiential knowledge on equal footing, and offers that are mainly experience sharing.
public enum OfferMethod: String, CatalogEnumeration {
    /// Professionals convey knowledge.
    case knowledgeTransfer = "knowledge-transfer"
    /// Professional and experiential knowledge on equal footing.
    case equalFooting = "equal-footing"
    /// Mainly experience sharing between users, patients or next of kin.
    case experienceSharing = "experience-sharing"

    /// The name of this vocabulary in messages: `unknown method "…"; expected one of …`.
    public static let vocabularyName = "method"

    /// The Bokmål label to show users, e.g. `erfaringsutveksling`.
    public var norwegianLabel: String {
        switch self {
        case .knowledgeTransfer: "kunnskapsformidling"
        case .equalFooting: "likeverdig fag- og erfaringskunnskap"
        case .experienceSharing: "erfaringsutveksling"
        }
    }
}
