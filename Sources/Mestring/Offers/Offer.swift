/// A learning-and-coping offer (*lærings- og mestringstilbud*): a structured pedagogical offer for
/// patients, users and next of kin that promotes health and quality of life and strengthens
/// self-management (*egenmestring*).
///
/// An offer is what a user looks for ("a course for next of kin in Bergen, in Northern Sami") and what
/// the co-design rules check ("who planned it, who delivers it, who evaluates it").
///
/// Only ``id`` and ``title`` are required: without an identifier a record cannot be updated,
/// referenced or merged, and without a title nobody can recognise it. Everything else a real source
/// may not know is optional, and `nil` means *not stated* (*ikke oppgitt*): a municipal spreadsheet
/// rarely says the guideline kind or the method, and guessing would make validation unable to tell
/// a guess from a fact. The `completeness` rules report each unstated field and how to fill it in.
///
/// ```swift
/// let offer = Offer(
///     id: "bergen-diabetes-2", title: "Leve med diabetes type 2", kind: .groupProgramme,
///     format: .group, provider: "bergen-lms", focus: .diagnosisSpecific,
///     diagnoses: [.icd10("E11", "Diabetes mellitus type 2")], method: .equalFooting,
///     stages: [.treatment, .followUp], audiences: [.patients, .nextOfKin], municipalities: ["4601"])
/// ```
public struct Offer: CatalogRecord {
    /// The identifier of an offer, a type of its own so that it cannot be mistaken for another record's.
    public typealias ID = Identifier<Offer>

    /// The publisher's identifier, unique among the catalogue's offers.
    public var id: ID
    /// The offer's name, in one or more of the catalogue's languages; searched by text queries.
    public var title: LocalizedText
    /// What the offer is about, for a reader deciding whether it fits; searched by text queries.
    public var summary: LocalizedText?
    /// The kind of offer as the national guideline names it; it decides which co-design rules apply.
    /// `nil` when not stated, which rule `completeness.stated` reports.
    public var kind: OfferKind?
    /// Individual or group; a group offer must be co-led by a professional and a person with lived
    /// experience. `nil` when not stated.
    public var format: OfferFormat?
    /// The provider responsible for the offer; `nil` when the source does not say who runs it.
    public var provider: Provider.ID?
    /// Other providers that run the offer together with ``provider`` (e.g. a user organisation).
    public var partners: [Provider.ID]
    /// What the offer is about: one diagnosis, several, a theme, or living with illness in general.
    /// `nil` when not stated.
    public var focus: FocusKind?
    /// The diagnoses the offer is about; expected when ``focus`` is diagnosis-specific.
    public var diagnoses: [DiagnosisCode]
    /// Themes such as "ernæring" or "søvn"; expected when ``focus`` is a theme.
    public var themes: [String]
    /// Where the offer's knowledge comes from, from professionals to peers; `nil` when not stated.
    public var method: OfferMethod?
    /// Where in the course of an illness the offer serves, from prevention to follow-up.
    public var stages: [CareStage]
    /// Whom the offer is for.
    public var audiences: [Audience]
    /// How participants take part; `nil` when not stated, which rule `access.stated` reports.
    public var deliveryMode: DeliveryMode?
    /// The languages the offer is held in.
    public var languages: [LanguageTag]
    /// What the offer does so that people with disabilities or language needs can take part.
    public var accessibility: Accessibility?
    /// Age limits and residency beyond the audience.
    public var eligibility: Eligibility?
    /// When the offer runs.
    public var schedule: Schedule?
    /// The largest number of participants.
    public var capacity: Int?
    /// What a participant pays; `nil` when not stated.
    public var price: Price?
    /// How to get a place; without it an offer exists only on paper.
    public var signUp: SignUp?
    /// The municipalities whose residents the offer serves; what ``OfferQuery`` matches by place.
    public var municipalities: [MunicipalityNumber]
    /// Where the offer takes place (address or venue), if in person.
    public var venue: String?
    /// The offer's own web page.
    public var website: String?
    /// The people who plan, deliver and evaluate the offer.
    public var involvement: [Involvement]
    /// The outcomes the offer aims for, which an evaluation can record.
    public var expectedOutcomes: [Outcome]
    /// The national programme the offer adopts (e.g. SMIL), whose profile the offer should follow.
    public var programme: Programme.ID?
    /// The arenas through which people are found and led to the offer (e.g. the school).
    public var routes: [ReferralRoute]
    /// The offer needs specialised competence in diagnosis and treatment, which is why it is given
    /// at a hospital. A municipal offer that claims this is flagged by rule `placement.level`.
    public var requiresSpecialistCompetence: Bool

    /// An offer with the identity every offer needs. Everything else defaults to empty or not
    /// stated, so that a partly known import can still be built and validation can say what is
    /// missing.
    public init(
        id: ID, title: LocalizedText, summary: LocalizedText? = nil, kind: OfferKind? = nil, format: OfferFormat? = nil,
        provider: Provider.ID? = nil, partners: [Provider.ID] = [], focus: FocusKind? = nil, diagnoses: [DiagnosisCode] = [],
        themes: [String] = [], method: OfferMethod? = nil, stages: [CareStage] = [], audiences: [Audience] = [],
        deliveryMode: DeliveryMode? = nil, languages: [LanguageTag] = [], accessibility: Accessibility? = nil,
        eligibility: Eligibility? = nil, schedule: Schedule? = nil, capacity: Int? = nil, price: Price? = nil,
        signUp: SignUp? = nil, municipalities: [MunicipalityNumber] = [], venue: String? = nil,
        website: String? = nil, involvement: [Involvement] = [], expectedOutcomes: [Outcome] = [],
        programme: Programme.ID? = nil, routes: [ReferralRoute] = [], requiresSpecialistCompetence: Bool = false
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.kind = kind
        self.format = format
        self.provider = provider
        self.partners = partners
        self.focus = focus
        self.diagnoses = diagnoses
        self.themes = themes
        self.method = method
        self.stages = stages
        self.audiences = audiences
        self.deliveryMode = deliveryMode
        self.languages = languages
        self.accessibility = accessibility
        self.eligibility = eligibility
        self.schedule = schedule
        self.capacity = capacity
        self.price = price
        self.signUp = signUp
        self.municipalities = municipalities
        self.venue = venue
        self.website = website
        self.involvement = involvement
        self.expectedOutcomes = expectedOutcomes
        self.programme = programme
        self.routes = routes
        self.requiresSpecialistCompetence = requiresSpecialistCompetence
    }

    /// Offers are records of kind ``RecordKind/offer``.
    public static let recordKind = RecordKind.offer
    /// Offers live in ``Catalog/offers``.
    public static var catalogKeyPath: WritableKeyPath<Catalog, RecordCollection<Offer>> { \.offers }
}
