/// The extensions Mestring writes for what FHIR R4 and the Norwegian basis profiles have no
/// element for, all under ``FHIRSystems/extensionBase``.
///
/// Each case knows its URL, the resource elements it may appear on, its value type and what it
/// means, so that ``FHIRProfiles`` can write a `StructureDefinition` for each and
/// `Documentation/FHIR.md` can list them (a test keeps the document and this list in step).
public enum MestringExtension: String, CaseIterable, Sendable {
    /// Organization: a municipality the provider serves.
    case servedMunicipality = "served-municipality"
    /// Organization: the health trust a hospital provider belongs to.
    case healthTrust = "health-trust"
    /// HealthcareService: another provider that runs the offer together with the responsible one.
    case partner = "partner"
    /// HealthcareService: what the offer is about (one diagnosis, several, a theme, living with illness).
    case focus = "focus"
    /// HealthcareService: a diagnosis the offer is about, in the Norwegian ICD-10 or ICPC-2 system.
    case diagnosis = "diagnosis"
    /// HealthcareService: a theme such as nutrition or sleep.
    case theme = "theme"
    /// HealthcareService: where the offer's knowledge comes from.
    case method = "method"
    /// HealthcareService and PlanDefinition.action: a stage of illness the offer or step serves.
    case careStage = "care-stage"
    /// HealthcareService: how participants take part (in person, digital, hybrid, self-paced).
    case deliveryMode = "delivery-mode"
    /// HealthcareService: the schedule's first and last day, number of sessions and sessions.
    case schedule = "schedule"
    /// HealthcareService: the largest number of participants.
    case capacity = "capacity"
    /// HealthcareService: what a participant pays, in Norwegian kroner, and notes on it.
    case price = "price"
    /// HealthcareService: how to get a place (method, deadline, instructions).
    case signUp = "sign-up"
    /// HealthcareService.telecom: this phone, e-mail or web address is for signing up.
    case signUpChannel = "sign-up-channel"
    /// HealthcareService: a service that refers participants to the offer (school, hospital department…).
    case referralRoute = "referral-route"
    /// HealthcareService: an outcome the offer aims for.
    case expectedOutcome = "expected-outcome"
    /// HealthcareService: the offer needs specialised competence in diagnosis and treatment.
    case requiresSpecialistCompetence = "requires-specialist-competence"
    /// HealthcareService.characteristic: whether the accessibility feature is available.
    case available = "available"
    /// HealthcareService.eligibility: the youngest age accepted, in whole years.
    case minimumAge = "minimum-age"
    /// HealthcareService.eligibility: the oldest age accepted, in whole years.
    case maximumAge = "maximum-age"
    /// HealthcareService.eligibility: only residents of the offer's municipalities may take part.
    case residentsOnly = "residents-only"
    /// CareTeam and PlanDefinition.action: the offer (HealthcareService) this team or step is.
    case offer = "offer"
    /// PlanDefinition.action: the level of the health service a step belongs to.
    case level = "level"
    /// PlanDefinition.action: how the user is handed over to the next step.
    case handOver = "hand-over"
    /// PlanDefinition.action: the unit (Organization) that hands the user over to the next step.
    case handOverUnit = "hand-over-unit"
    /// PlanDefinition (programme): the provider that owns and develops the programme.
    case owner = "owner"
    /// PlanDefinition (programme): the kind of offer the programme is.
    case offerKind = "offer-kind"
    /// PlanDefinition (programme): individual or group, as the programme prescribes.
    case offerFormat = "offer-format"
    /// PlanDefinition (programme): a role that must take part in delivering the programme.
    case requiredRole = "required-role"
    /// PlanDefinition (programme): lived experience someone delivering the programme must bring.
    case requiredExperience = "required-experience"
    /// PlanDefinition: whom the pathway or programme is for.
    case audience = "audience"
    /// PractitionerRole: the person has consented to be named in the published catalogue.
    case listingConsent = "listing-consent"
    /// PractitionerRole: a professional's occupation (nurse, physiotherapist…).
    case profession = "profession"
    /// PractitionerRole: the body that appointed a user representative (user organisation, user council).
    case appointedBy = "appointed-by"
    /// PractitionerRole: a professional's training in health pedagogy.
    case healthPedagogy = "health-pedagogy"
    /// PractitionerRole: experience the person brings from living with illness or as next of kin.
    case livedExperience = "lived-experience"
    /// PractitionerRole: a peer helper's training.
    case peerTraining = "peer-training"
    /// Basic: the catalogue's description (title, publisher, date reviewed, notice).
    case catalogInfo = "catalog-info"
    /// Basic (evaluation): the day the offer was evaluated.
    case evaluationDate = "evaluation-date"
    /// Basic (evaluation): a role that took part in the evaluation.
    case evaluationRole = "evaluation-role"
    /// Basic (evaluation): how many participants the evaluation covers.
    case participantCount = "participant-count"
    /// Basic (evaluation): an outcome measured, how, and with which instrument.
    case measurement = "measurement"
    /// Basic (evaluation): what the evaluation found, in words.
    case evaluationSummary = "evaluation-summary"

    /// The canonical URL of the extension.
    public var url: String { Self.urls[self]! }

    /// Each extension's URL, made once: an import compares extensions' URLs with them.
    private static let urls = Dictionary(uniqueKeysWithValues: allCases.map { ($0, FHIRSystems.extensionBase + $0.rawValue) })

    /// What the extension holds, in one sentence: the description of its `StructureDefinition`.
    public var summary: String {
        switch self {
        case .servedMunicipality: "A municipality the provider serves."
        case .healthTrust: "The health trust a hospital provider belongs to."
        case .partner: "Another provider that runs the offer together with the responsible one."
        case .focus: "What the offer is about (one diagnosis, several, a theme, living with illness)."
        case .diagnosis: "A diagnosis the offer is about, in the Norwegian ICD-10 or ICPC-2 system."
        case .theme: "A theme such as nutrition or sleep."
        case .method: "Where the offer's knowledge comes from."
        case .careStage: "A stage of illness the offer or step serves."
        case .deliveryMode: "How participants take part (in person, digital, hybrid, self-paced)."
        case .schedule: "The schedule's first and last day, number of sessions and sessions."
        case .capacity: "The largest number of participants."
        case .price: "What a participant pays, in Norwegian kroner, and notes on it."
        case .signUp: "How to get a place (method, deadline, instructions)."
        case .signUpChannel: "This phone, e-mail or web address is for signing up."
        case .referralRoute: "A service that refers participants to the offer (school, hospital department…)."
        case .expectedOutcome: "An outcome the offer aims for."
        case .requiresSpecialistCompetence: "The offer needs specialised competence in diagnosis and treatment."
        case .available: "Whether the accessibility feature is available."
        case .minimumAge: "The youngest age accepted, in whole years."
        case .maximumAge: "The oldest age accepted, in whole years."
        case .residentsOnly: "Only residents of the offer's municipalities may take part."
        case .offer: "The offer (HealthcareService) this team or step is."
        case .level: "The level of the health service a step belongs to."
        case .handOver: "How the user is handed over to the next step."
        case .handOverUnit: "The unit (Organization) that hands the user over to the next step."
        case .owner: "The provider that owns and develops the programme."
        case .offerKind: "The kind of offer the programme is."
        case .offerFormat: "Individual or group, as the programme prescribes."
        case .requiredRole: "A role that must take part in delivering the programme."
        case .requiredExperience: "Lived experience someone delivering the programme must bring."
        case .audience: "Whom the pathway or programme is for."
        case .listingConsent: "The person has consented to be named in the published catalogue."
        case .profession: "A professional's occupation (nurse, physiotherapist…)."
        case .appointedBy: "The body that appointed a user representative (user organisation, user council)."
        case .healthPedagogy: "A professional's training in health pedagogy."
        case .livedExperience: "Experience the person brings from living with illness or as next of kin."
        case .peerTraining: "A peer helper's training."
        case .catalogInfo: "The catalogue's description (title, publisher, date reviewed, notice)."
        case .evaluationDate: "The day the offer was evaluated."
        case .evaluationRole: "A role that took part in the evaluation."
        case .participantCount: "How many participants the evaluation covers."
        case .measurement: "An outcome measured, how, and with which instrument."
        case .evaluationSummary: "What the evaluation found, in words."
        }
    }

    /// The FHIR elements the extension may appear on.
    public var context: [String] {
        switch self {
        case .servedMunicipality, .healthTrust: ["Organization"]
        case .careStage: ["HealthcareService", "PlanDefinition", "PlanDefinition.action"]
        case .signUpChannel: ["HealthcareService.telecom"]
        case .available: ["HealthcareService.characteristic"]
        case .minimumAge, .maximumAge, .residentsOnly: ["HealthcareService.eligibility"]
        case .offer: ["CareTeam", "PlanDefinition.action"]
        case .level, .handOver, .handOverUnit: ["PlanDefinition.action"]
        case .audience, .owner, .offerKind, .offerFormat, .requiredRole, .requiredExperience: ["PlanDefinition"]
        case .listingConsent, .profession, .appointedBy, .healthPedagogy, .livedExperience, .peerTraining: ["PractitionerRole"]
        case .catalogInfo, .evaluationDate, .evaluationRole, .participantCount, .measurement, .evaluationSummary: ["Basic"]
        default: ["HealthcareService"]
        }
    }

    /// The value type (`Coding`, `string`…), or the parts of a complex extension.
    public var value: Value {
        switch self {
        case .healthTrust, .theme, .handOver, .evaluationSummary: .simple("string")
        case .capacity, .minimumAge, .maximumAge, .participantCount: .simple("integer")
        case .evaluationDate: .simple("date")
        case .requiresSpecialistCompetence, .available, .residentsOnly, .listingConsent, .signUpChannel: .simple("boolean")
        case .partner, .offer, .handOverUnit, .owner: .simple("Reference")
        case .servedMunicipality, .focus, .diagnosis, .method, .careStage, .deliveryMode, .expectedOutcome, .level, .audience,
            .referralRoute, .offerKind, .offerFormat, .requiredRole, .requiredExperience, .profession, .appointedBy, .evaluationRole:
            .simple("Coding")
        case .measurement: .complex([("outcome", "Coding"), ("method", "Coding"), ("instrument", "string")])
        case .schedule:
            .complex([("start-date", "date"), ("end-date", "date"), ("session-count", "integer"), ("session", "Extension")])
        case .price: .complex([("amount", "Money"), ("notes", "string")])
        case .signUp: .complex([("method", "Coding"), ("deadline", "date"), ("instructions", "string")])
        case .healthPedagogy: .complex([("basis", "string"), ("completed", "date")])
        case .livedExperience: .complex([("kind", "Coding"), ("diagnosis", "Coding"), ("notes", "string")])
        case .peerTraining: .complex([("programme", "string"), ("completed", "date")])
        case .catalogInfo: .complex([("title", "string"), ("publisher", "string"), ("updated", "date"), ("notice", "string")])
        }
    }

    /// What an extension holds: one value of a FHIR type, or named parts.
    public enum Value: Sendable {
        /// One `value[x]` of the named FHIR type.
        case simple(String)
        /// Sub-extensions, by name and FHIR type (`Extension` for a nested complex part).
        case complex([(name: String, type: String)])
    }
}
