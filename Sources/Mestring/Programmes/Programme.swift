/// A national group offer that centres adopt and run locally, such as NK LMH's SMIL
/// (*gruppetilbud som kan tas i bruk*).
///
/// NK LMH has developed group offers that learning-and-coping services take into use (001: «har
/// vi utviklet flere gruppetilbud som kan tas i bruk i lærings- og mestringsvirksomheten»), each
/// with a guide that says how it is set up, run and evaluated (002: «SMIL-guide som beskriver …
/// hvordan tilbudet kan iverksettes, gjennomføres og evalueres»). An offer that names its
/// programme can be checked against the programme's profile, instead of every offer for the same
/// audience being held to one programme's rules.
///
/// ```swift
/// let smil = Programme(
///     id: "smil", name: "SMIL", owner: "nk-lmh", guide: "https://mestring.no/smil-guide",
///     kind: .familyProgramme, format: .group, audiences: [.youngNextOfKin, .families],
///     stages: [.prevention], requiredRoles: [.professional], requiredExperience: [.youngNextOfKin])
/// ```
public struct Programme: CatalogRecord {
    /// The identifier of a programme, a type of its own so that it cannot be mistaken for another record's.
    public typealias ID = Identifier<Programme>

    /// The publisher's identifier, unique among the catalogue's programmes.
    public var id: ID
    /// The programme's name, e.g. "SMIL".
    public var name: LocalizedText
    /// What the programme is, for readers.
    public var summary: LocalizedText?
    /// The provider that owns and develops the programme (e.g. NK LMH).
    public var owner: Provider.ID?
    /// The web address of the programme's guide, which says how to set it up, run and evaluate it.
    public var guide: String?
    /// The kind of offer the programme is; an offer that adopts it should be of this kind.
    public var kind: OfferKind?
    /// Individual or group, as the programme prescribes.
    public var format: OfferFormat?
    /// Whom the programme is for; offers that adopt it should include these audiences.
    public var audiences: [Audience]
    /// Where in the course of an illness the programme serves (SMIL: «forebyggende»).
    public var stages: [CareStage]
    /// The roles that must take part in delivering the programme (SMIL: «ledes av fagpersoner»).
    public var requiredRoles: [InvolvementRole]
    /// The lived experience someone delivering the programme must bring (SMIL: «personer med egen
    /// erfaring fra det å være pårørende barn eller unge»).
    public var requiredExperience: [LivedExperienceKind]

    /// A programme; its profile may be filled in as far as its guide says.
    public init(
        id: ID, name: LocalizedText, summary: LocalizedText? = nil, owner: Provider.ID? = nil, guide: String? = nil,
        kind: OfferKind? = nil, format: OfferFormat? = nil, audiences: [Audience] = [], stages: [CareStage] = [],
        requiredRoles: [InvolvementRole] = [], requiredExperience: [LivedExperienceKind] = []
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.owner = owner
        self.guide = guide
        self.kind = kind
        self.format = format
        self.audiences = audiences
        self.stages = stages
        self.requiredRoles = requiredRoles
        self.requiredExperience = requiredExperience
    }

    /// A programme is a record of kind ``RecordKind/programme``.
    public static let recordKind = RecordKind.programme
    /// These records live in ``Catalog/programmes``.
    public static var catalogKeyPath: WritableKeyPath<Catalog, RecordCollection<Programme>> { \.programmes }
}
