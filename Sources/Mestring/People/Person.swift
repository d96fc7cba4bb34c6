/// A person who takes part in offers: a professional (*fagperson*), user representative
/// (*brukerrepresentant*), experienced user (*erfaren bruker*), next-of-kin representative or peer
/// helper (*likeperson*).
///
/// People are records of their own because the same peer helper or nurse takes part in many
/// offers, and the rules check each person once. A person's name and ``contact`` are personal
/// data: contact is optional, and ``Catalog/publicExport()`` removes it and hides the names of
/// people who have not consented to be listed.
public struct Person: CatalogRecord {
    public typealias ID = Identifier<Person>

    public var id: ID
    public var name: String
    public var role: InvolvementRole
    /// The organisation the person comes from (a hospital, a user organisation).
    public var affiliation: Provider.ID?
    /// For professionals: nurse, physiotherapist, dietitian…
    public var profession: String?
    /// For professionals: their training in health pedagogy.
    public var healthPedagogy: HealthPedagogyCompetence?
    public var livedExperience: [LivedExperience]
    /// For peer helpers: their peer training.
    public var peerTraining: PeerTraining?
    /// The person has consented to be named in the published catalogue.
    public var listingConsent: Bool
    /// Personal contact details; optional and personal data.
    public var contact: PersonalContact?

    public init(
        id: ID, name: String, role: InvolvementRole, affiliation: Provider.ID? = nil, profession: String? = nil,
        healthPedagogy: HealthPedagogyCompetence? = nil, livedExperience: [LivedExperience] = [],
        peerTraining: PeerTraining? = nil, listingConsent: Bool = false, contact: PersonalContact? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.affiliation = affiliation
        self.profession = profession
        self.healthPedagogy = healthPedagogy
        self.livedExperience = livedExperience
        self.peerTraining = peerTraining
        self.listingConsent = listingConsent
        self.contact = contact
    }

    /// `true` when the person brings lived experience, by role or by recorded experience.
    public var hasLivedExperience: Bool { role.bringsLivedExperience || !livedExperience.isEmpty }

    public static let recordKind = RecordKind.person
    public static var catalogKeyPath: WritableKeyPath<Catalog, RecordCollection<Person>> { \.people }
}
