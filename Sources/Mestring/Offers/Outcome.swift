/// An outcome an evaluation can record, as listed in the NK LMH brochure (seed 002).
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

    /// The name of this vocabulary in messages: `unknown outcome "…"; expected one of …`.
    public static let vocabularyName = "outcome"

    /// The Bokmål label to show users, e.g. `mestring og mestringstro`.
    public var norwegianLabel: String {
        switch self {
        case .knowledgeAndHealthLiteracy: "kunnskap og helsekompetanse"
        case .handlingOwnHealth: "håndtering av egen helse"
        case .mentalHealthAndQualityOfLife: "psykisk helse og livskvalitet"
        case .copingAndSelfEfficacy: "mestring og mestringstro"
        case .socialSupportAndHope: "sosial støtte og håp"
        case .positiveSelfUnderstanding: "mer positiv selvforståelse"
        case .understandingFromOthers: "forståelse og aksept fra andre"
        }
    }
}
