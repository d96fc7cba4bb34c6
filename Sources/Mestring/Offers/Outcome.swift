/// An outcome an evaluation can record, as the texts name them: the list in the interview with NK LMH
/// (002: «Tilbudene kan bidra til: …») and the gains for individual and society in the brochure
/// (003: «forebygge tilbakefall og til at flere kan delta i arbeidsliv og på andre sosiale arenaer»).
public enum Outcome: String, CatalogEnumeration {
    /// Knowledge and health literacy.
    case knowledgeAndHealthLiteracy = "knowledge-and-health-literacy"
    /// Handling of one's own health.
    case handlingOwnHealth = "handling-own-health"
    /// Mental health and quality of life.
    case mentalHealthAndQualityOfLife = "mental-health-and-quality-of-life"
    /// Coping and self-efficacy (*mestringstro*).
    case copingAndSelfEfficacy = "coping-and-self-efficacy"
    /// Social support and hope.
    case socialSupportAndHope = "social-support-and-hope"
    /// A more positive self-understanding.
    case positiveSelfUnderstanding = "positive-self-understanding"
    /// Understanding and acceptance from others.
    case understandingFromOthers = "understanding-from-others"
    /// Fewer relapses (003: «forebygge tilbakefall»).
    case fewerRelapses = "fewer-relapses"
    /// Taking part in, or staying in, work (003: «flere kan delta i arbeidsliv»).
    case workParticipation = "work-participation"
    /// Taking part in other social arenas (003: «og på andre sosiale arenaer»).
    case socialParticipation = "social-participation"
    /// Awareness of one's own health and resources (003: «mer bevisste egen helse og egne ressurser»).
    case awarenessOfOwnResources = "awareness-of-own-resources"
    /// Finding that one's own experience can help others (000, 003: «egne erfaringer kan være til
    /// nytte for andre»).
    case experienceUsefulToOthers = "experience-useful-to-others"

    /// The name of this vocabulary in messages: `unknown outcome "…"; expected one of …`.
    public static let vocabularyName = "outcome"

    /// The Bokmål label to show users, e.g. `økt mestring og mestringstro`, in the texts' own words.
    public var norwegianLabel: String {
        switch self {
        case .knowledgeAndHealthLiteracy: "økt kunnskap og helsekompetanse"
        case .handlingOwnHealth: "bedre håndtering av egen helse"
        case .mentalHealthAndQualityOfLife: "bedre psykisk helse og livskvalitet"
        case .copingAndSelfEfficacy: "økt mestring og mestringstro"
        case .socialSupportAndHope: "økt sosial støtte og håp"
        case .positiveSelfUnderstanding: "mer positiv selvforståelse"
        case .understandingFromOthers: "økt forståelse og aksept fra andre"
        case .fewerRelapses: "forebygge tilbakefall"
        case .workParticipation: "delta i arbeidsliv"
        case .socialParticipation: "delta på andre sosiale arenaer"
        case .awarenessOfOwnResources: "mer bevisst egen helse og egne ressurser"
        case .experienceUsefulToOthers: "egne erfaringer til nytte for andre"
        }
    }
}
