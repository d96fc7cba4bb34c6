/// The kind of organisation that runs an offer; it decides the provider's ``ServiceLevel``.
public enum ProviderKind: String, CatalogEnumeration {
    /// A hospital's learning-and-coping centre (*lærings- og mestringssenter*, LMS).
    case hospitalLearningCentre = "hospital-learning-centre"
    /// A hospital's clinical department, which holds the responsibility for patient education.
    case hospitalDepartment = "hospital-department"
    /// A municipal unit for learning and coping, or one under rehabilitation or GP services.
    case municipalUnit = "municipal-unit"
    /// A municipal healthy-life centre (*frisklivssentral*), possibly combined with coping.
    case healthyLifeCentre = "healthy-life-centre"
    /// A service shared by several municipalities.
    case interMunicipalService = "inter-municipal-service"
    /// A voluntary or user organisation.
    case voluntaryOrganisation = "voluntary-organisation"
    /// A private provider.
    case privateProvider = "private-provider"
    /// The national competence service for learning and coping in health (*Nasjonal
    /// kompetansetjeneste for læring og mestring innen helse*, NK LMH), which develops programmes
    /// and builds competence (002).
    case nationalCompetenceService = "national-competence-service"
    /// A regional function that supports the hospitals' learning-and-coping work (004: «regionale
    /// funksjoner som støtter opp under lærings- og mestringsvirksomhet på foretaksnivå»).
    case regionalFunction = "regional-function"

    /// The name of this vocabulary in messages: `unknown provider kind "…"; expected one of …`.
    public static let vocabularyName = "provider kind"

    /// The Bokmål label to show users, e.g. `frisklivssentral`.
    public var norwegianLabel: String {
        switch self {
        case .hospitalLearningCentre: "lærings- og mestringssenter (LMS)"
        case .hospitalDepartment: "klinisk avdeling"
        case .municipalUnit: "kommunal enhet"
        case .healthyLifeCentre: "frisklivssentral"
        case .interMunicipalService: "interkommunalt tilbud"
        case .voluntaryOrganisation: "frivillig organisasjon"
        case .privateProvider: "privat aktør"
        case .nationalCompetenceService: "nasjonal kompetansetjeneste (NK LMH)"
        case .regionalFunction: "regional funksjon for læring og mestring"
        }
    }
}
