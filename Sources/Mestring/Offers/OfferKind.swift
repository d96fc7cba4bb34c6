/// The kind of learning-and-coping offer, as named by the 2015 national guideline (quoted in 001),
/// with e-learning (000, 001), SMIL's family offer (002) and the centres' competence-building (004).
///
/// The kind decides which co-design rules apply (a peer group must be co-led; a family programme
/// must involve someone who was a young next of kin) and which offers a pathway step can point to.
public enum OfferKind: String, CatalogEnumeration {
    /// Individual education of patients, users or next of kin tied to medical treatment.
    case individualEducation = "individual-education"
    /// A group offer designed for a defined target group (e.g. a diagnosis-specific course).
    case groupProgramme = "group-programme"
    /// Support for lifestyle change, e.g. at a healthy-life centre (*frisklivssentral*).
    case lifestyleChange = "lifestyle-change"
    /// A one-to-one conversation with a peer helper (*likeperson*).
    case peerConversation = "peer-conversation"
    /// A group led by peer helpers, mainly experience sharing.
    case peerGroup = "peer-group"
    /// A self-paced e-learning course.
    case eLearning = "e-learning"
    /// A programme for the whole family, such as SMIL for children and young people as next of kin.
    case familyProgramme = "family-programme"
    /// Competence-building in health pedagogy for health personnel (004: «kompetansehevende tilbud
    /// innen helsepedagogikk»), which many centres mainly run for the departments' staff.
    case competenceBuilding = "competence-building"

    /// The name of this vocabulary in messages: `unknown offer kind "…"; expected one of …`.
    public static let vocabularyName = "offer kind"

    /// The Bokmål label to show users, in the words of 001 where it names the kind, e.g.
    /// `støtte til endring av levevaner`.
    public var norwegianLabel: String {
        switch self {
        case .individualEducation: "individuell undervisning"
        case .groupProgramme: "gruppetilbud"
        case .lifestyleChange: "støtte til endring av levevaner"
        case .peerConversation: "likepersonsamtale"
        case .peerGroup: "likepersongruppe"
        case .eLearning: "e-læring"
        case .familyProgramme: "familietilbud"
        case .competenceBuilding: "kompetansehevende tilbud innen helsepedagogikk"
        }
    }

    /// Words spreadsheets use for kinds of offer, e.g. `kurs`, `gruppe`, `samtalegruppe`.
    public var norwegianWords: [String] {
        switch self {
        case .individualEducation: ["individuell", "individuell opplæring", "opplæring", "pasientopplæring"]
        case .groupProgramme: ["gruppe", "kurs", "gruppekurs", "lærings og mestringskurs", "mestringskurs"]
        case .lifestyleChange: ["levevaner", "frisklivstilbud", "livsstilsendring"]
        case .peerConversation: ["likepersonssamtale"]
        case .peerGroup: ["samtalegruppe", "likepersonsgruppe", "selvhjelpsgruppe"]
        case .eLearning: ["elæring", "nettkurs"]
        case .familyProgramme: ["familie", "smil"]
        case .competenceBuilding: ["kompetanseheving"]
        }
    }
}
