/// One evaluation of an offer: when it was done, who took part, and which outcomes were measured how.
///
/// Users and professionals shall evaluate offers together (001: «brukerrepresentanter og
/// fagpersoner samarbeider om å planlegge, gjennomføre og evaluere tilbudene»), and research
/// shows what offers can achieve (002, 003). An evaluation record makes both visible: the roles
/// that took part (users among them), how many participants answered, and which of the outcomes
/// the texts name were measured.
///
/// ```swift
/// let evaluation = Evaluation(
///     id: "hus-kols-skole-2026", offer: "hus-kols-skole", date: LocalDate(year: 2026, month: 6, day: 10),
///     roles: [.professional, .userRepresentative], participantCount: 11,
///     measurements: [OutcomeMeasurement(outcome: .copingAndSelfEfficacy, method: .questionnaire)])
/// ```
public struct Evaluation: CatalogRecord {
    /// The identifier of an evaluation, a type of its own so that it cannot be mistaken for another record's.
    public typealias ID = Identifier<Evaluation>

    /// The publisher's identifier, unique among the catalogue's evaluations.
    public var id: ID
    /// The offer that was evaluated.
    public var offer: Offer.ID
    /// When the evaluation was done (or finished).
    public var date: LocalDate
    /// The roles of the people who carried out the evaluation together, e.g. professional and user
    /// representative; by role only, because who they are is personal data.
    public var roles: [InvolvementRole]
    /// How many of the offer's participants (users, patients, next of kin) took part, e.g. answered.
    public var participantCount: Int?
    /// The outcomes that were measured, and how.
    public var measurements: [OutcomeMeasurement]
    /// What the evaluation found, in words, for readers.
    public var summary: LocalizedText?

    /// An evaluation of an offer on a date; who took part and what was measured may be added.
    public init(
        id: ID, offer: Offer.ID, date: LocalDate, roles: [InvolvementRole] = [], participantCount: Int? = nil,
        measurements: [OutcomeMeasurement] = [], summary: LocalizedText? = nil
    ) {
        self.id = id
        self.offer = offer
        self.date = date
        self.roles = roles
        self.participantCount = participantCount
        self.measurements = measurements
        self.summary = summary
    }

    /// An evaluation is a record of kind ``RecordKind/evaluation``.
    public static let recordKind = RecordKind.evaluation
    /// These records live in ``Catalog/evaluations``.
    public static var catalogKeyPath: WritableKeyPath<Catalog, RecordCollection<Evaluation>> { \.evaluations }
}
