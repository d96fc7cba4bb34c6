/// An organisation that runs learning-and-coping offers: a hospital's learning-and-coping centre or
/// department, a municipal unit or healthy-life centre, an inter-municipal service, a voluntary
/// organisation or a private provider.
///
/// The provider decides an offer's level (specialist, municipal, voluntary, private), which the
/// placement and pathway rules read, and its organisation number ties catalogue records to the
/// register of legal entities.
public struct Provider: CatalogRecord {
    /// The identifier of a provider, a type of its own so that it cannot be mistaken for another record's.
    public typealias ID = Identifier<Provider>

    /// The publisher's identifier, unique among the catalogue's providers.
    public var id: ID
    /// The organisation's name, in one or more of the catalogue's languages.
    public var name: LocalizedText
    /// What kind of organisation this is; it decides the provider's ``level``. `nil` when not
    /// stated: a provider named only by its organisation number in a spreadsheet is not classed by
    /// guesswork (a hospital must not become a municipal unit), and rule `completeness.stated` asks
    /// for it.
    public var kind: ProviderKind?
    /// The organisation number in Enhetsregisteret.
    public var organisationNumber: OrganisationNumber?
    /// The municipalities the provider serves (one for a municipal unit; several for an
    /// inter-municipal service or a hospital's catchment area).
    public var municipalities: [MunicipalityNumber]
    /// The health trust (*helseforetak*) a hospital provider belongs to.
    public var healthTrust: String?
    /// The organisation this one is part of (a department's hospital, a local branch's national organisation).
    public var parent: Provider.ID?
    /// For hospital providers: the coordinating unit that is the municipalities' contact point.
    public var coordinatingUnit: CoordinatingUnit?
    /// The organisation's web site.
    public var website: String?
    /// The organisation's public phone number.
    public var phone: String?
    /// The organisation's public e-mail address.
    public var email: String?

    /// A provider; everything but its identity and name may be added later.
    public init(
        id: ID, name: LocalizedText, kind: ProviderKind? = nil, organisationNumber: OrganisationNumber? = nil,
        municipalities: [MunicipalityNumber] = [], healthTrust: String? = nil, parent: Provider.ID? = nil,
        coordinatingUnit: CoordinatingUnit? = nil, website: String? = nil, phone: String? = nil, email: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.organisationNumber = organisationNumber
        self.municipalities = municipalities
        self.healthTrust = healthTrust
        self.parent = parent
        self.coordinatingUnit = coordinatingUnit
        self.website = website
        self.phone = phone
        self.email = email
    }

    /// The level of the health service the provider belongs to, from its kind; `nil` while the kind
    /// is not stated, so that level-based rules skip the provider instead of judging a guess.
    public var level: ServiceLevel? { kind?.level }

    /// A provider is a record of kind ``RecordKind/provider``.
    public static let recordKind = RecordKind.provider
    /// These records live in ``Catalog/providers``.
    public static var catalogKeyPath: WritableKeyPath<Catalog, RecordCollection<Provider>> { \.providers }
}
