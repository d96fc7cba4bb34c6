/// A person who takes part in offers: a professional (*fagperson*), user representative
/// (*brukerrepresentant*), experienced user (*erfaren bruker*), next-of-kin representative or peer
/// helper (*likeperson*).
///
/// People are records of their own because the same peer helper or nurse takes part in many
/// offers, and the rules check each person once. A person's name and ``contact`` are personal
/// data: contact is optional, and ``Catalog/publicExport()`` removes it and leaves nothing that
/// identifies a person who has not consented to be listed.
public struct Person: CatalogRecord {
    /// The identifier of a person, a type of its own so that it cannot be mistaken for another record's.
    public typealias ID = Identifier<Person>

    /// The publisher's identifier, unique among the catalogue's people.
    public var id: ID
    /// The person's name: personal data, published only with ``listingConsent``, and hidden from
    /// every text but the catalogue file (see ``Personal``).
    public var name: Personal<String>
    /// The role the person takes part in; every role but professional brings lived experience.
    public var role: InvolvementRole
    /// The organisation the person comes from (a hospital, a user organisation).
    public var affiliation: Provider.ID?
    /// For professionals: their profession, from a vocabulary so that a reader can see which
    /// professions deliver an offer together (000: «tverrfaglig samarbeid»).
    public var profession: Profession?
    /// For user representatives: the body that appointed them, which makes them speak *as* users.
    public var appointedBy: AppointingBody?
    /// For professionals: their training in health pedagogy.
    public var healthPedagogy: HealthPedagogyCompetence?
    /// Lived experience beyond what the role implies.
    public var livedExperience: [LivedExperience]
    /// For peer helpers: their peer training.
    public var peerTraining: PeerTraining?
    /// The person has consented to be named in the published catalogue.
    public var listingConsent: Bool
    /// Personal contact details; optional and personal data.
    public var contact: PersonalContact?

    /// A person; contact details are optional, and consent to be listed defaults to `false`.
    public init(
        id: ID, name: Personal<String>, role: InvolvementRole, affiliation: Provider.ID? = nil, profession: Profession? = nil,
        appointedBy: AppointingBody? = nil,
        healthPedagogy: HealthPedagogyCompetence? = nil, livedExperience: [LivedExperience] = [],
        peerTraining: PeerTraining? = nil, listingConsent: Bool = false, contact: PersonalContact? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.affiliation = affiliation
        self.profession = profession
        self.appointedBy = appointedBy
        self.healthPedagogy = healthPedagogy
        self.livedExperience = livedExperience
        self.peerTraining = peerTraining
        self.listingConsent = listingConsent
        self.contact = contact
    }

    /// `true` when the person brings lived experience, by role or by recorded experience.
    public var hasLivedExperience: Bool { role.bringsLivedExperience || !livedExperience.isEmpty }

    /// A person is a record of kind ``RecordKind/person``.
    public static let recordKind = RecordKind.person
    /// These records live in ``Catalog/people``.
    public static var catalogKeyPath: WritableKeyPath<Catalog, RecordCollection<Person>> { \.people }
}
