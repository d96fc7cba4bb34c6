import Mestring

/// The Mestring fields that travel in HSDS attributes because HSDS has no field that keeps them
/// exactly: the terms of taxonomy `mestring-field`.
///
/// An attribute with one of these terms has the field's value as text; structured values
/// (involvement, a person, a pathway step) are written as Mestring JSON, so that they come back
/// unchanged. Fields HSDS can hold are written into HSDS fields instead, and carried here only
/// when the HSDS field would not give them back exactly (e.g. a title in several languages).
enum CarriedField: String, CaseIterable, Sendable {
    case id
    case catalogue
    case pathway
    case programme
    case programmeRecord = "programme-record"
    case evaluation
    case catalogueTitle = "catalogue-title"
    case cataloguePublisher = "catalogue-publisher"
    case catalogueUpdated = "catalogue-updated"
    case catalogueNotice = "catalogue-notice"
    case name
    case title
    case summary
    case provider
    case position
    case partner
    case parent
    case theme
    case municipality
    case healthTrust = "health-trust"
    case coordinatingUnit = "coordinating-unit"
    case website
    case email
    case capacity
    case accessibility
    case eligibility
    case schedule
    case price
    case signUp = "sign-up"
    case requiresSpecialistCompetence = "requires-specialist-competence"
    case involvement
    case person
    case pathwayStep = "pathway-step"

    /// What the field holds, for the published taxonomy.
    var meaning: String {
        switch self {
        case .id: "the record's Mestring identifier, which the UUID is derived from"
        case .catalogue: "marks the organisation that stands for the catalogue itself"
        case .pathway: "marks the organisation that stands for the collaboration on a pathway"
        case .programme: "the offer's programme, when it is not in the catalogue"
        case .programmeRecord: "a programme such as SMIL, whole (Mestring JSON)"
        case .evaluation: "an evaluation of an offer (Mestring JSON)"
        case .catalogueTitle: "the catalogue's title"
        case .cataloguePublisher: "the catalogue's publisher"
        case .catalogueUpdated: "the date the catalogue was last reviewed (YYYY-MM-DD)"
        case .catalogueNotice: "a notice readers must see"
        case .name: "the name in every language (Mestring JSON)"
        case .title: "the offer's title in every language (Mestring JSON)"
        case .summary: "the summary in every language (Mestring JSON)"
        case .provider: "the offer's provider, when it is not in the catalogue"
        case .position: "the offer's place in the catalogue, when the services are nested in another order"
        case .partner: "a provider that runs the offer together with its provider"
        case .parent: "the parent organisation, when it is not in the catalogue"
        case .theme: "a theme of the offer"
        case .municipality: "a municipality number the provider serves"
        case .healthTrust: "the hospital's health trust (helseforetak)"
        case .coordinatingUnit: "the hospital's coordinating unit (Mestring JSON)"
        case .website: "a web address that is not a valid URI"
        case .email: "an e-mail address that is not valid"
        case .capacity: "the largest number of participants"
        case .accessibility: "accessibility as stated, yes/no/not stated (Mestring JSON)"
        case .eligibility: "eligibility, when the HSDS age and description fields do not keep it (Mestring JSON)"
        case .schedule: "the schedule, when HSDS schedules do not keep it (Mestring JSON)"
        case .price: "the price, when the cost option does not keep it (Mestring JSON)"
        case .signUp: "how to sign up, when HSDS fields do not keep it (Mestring JSON)"
        case .requiresSpecialistCompetence: "the offer needs specialised competence in treatment"
        case .involvement: "one person's part in planning, delivery and evaluation (Mestring JSON)"
        case .person: "a person who takes part in offers (Mestring JSON; personal data only when asked)"
        case .pathwayStep: "one step of a pathway, in order (Mestring JSON)"
        }
    }

    /// Whether the field's value is Mestring JSON (a structured value or a text in every
    /// language) rather than plain text.
    var isMestringJSON: Bool {
        switch self {
        case .name, .title, .summary, .coordinatingUnit, .accessibility, .eligibility, .schedule, .price, .signUp, .involvement, .person,
            .pathwayStep, .programmeRecord, .evaluation:
            true
        default: false
        }
    }

    /// The term in taxonomy `mestring-field`.
    var term: HSDSTerm { MestringTaxonomies.fieldTerms[self] ?? MestringTaxonomies.fieldTerm(self) }
}
