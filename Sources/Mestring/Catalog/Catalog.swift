/// A whole catalogue of learning-and-coping offers: providers, offers, the people who take part in
/// them, pathways across levels, the national programmes offers adopt, and evaluations of offers.
///
/// The catalogue is the unit that stores load and save and that validation checks. It is a value:
/// copy it, change it, and save the copy. Every record kind is a ``RecordCollection`` with look-up
/// by identifier in O(1).
///
/// ```swift
/// var catalog = Catalog()
/// catalog.providers.upsert(bergenLMS)
/// catalog.offers.upsert(diabetesCourse)
/// let forNextOfKin = catalog.offers(matching: OfferQuery(audiences: [.nextOfKin]))
/// ```
public struct Catalog: Hashable, Sendable, Codable {
    /// What the catalogue is, who publishes it and how current it is.
    public var info: CatalogInfo
    /// The organisations that run offers (*tilbydere*).
    public var providers: RecordCollection<Provider>
    /// The learning-and-coping offers (*lærings- og mestringstilbud*).
    public var offers: RecordCollection<Offer>
    /// The people who plan, deliver and evaluate offers; their names and contact details are
    /// personal data (see ``publicExport()``).
    public var people: RecordCollection<Person>
    /// The coherent pathways (*helhetlige forløp*) that lead users across levels.
    public var pathways: RecordCollection<Pathway>
    /// The national group offers (*gruppetilbud*) that offers adopt, such as SMIL.
    public var programmes: RecordCollection<Programme>
    /// The evaluations (*evalueringer*) of offers.
    public var evaluations: RecordCollection<Evaluation>
    /// Which import source each record came from, so that importing a source again removes only
    /// what that source put there (``CatalogMerge``).
    public var sources: RecordSources

    /// A catalogue of the given parts. Every part defaults to empty, so that code and imports can
    /// build a catalogue piece by piece.
    public init(
        info: CatalogInfo = CatalogInfo(), providers: RecordCollection<Provider> = [],
        offers: RecordCollection<Offer> = [], people: RecordCollection<Person> = [],
        pathways: RecordCollection<Pathway> = [], programmes: RecordCollection<Programme> = [],
        evaluations: RecordCollection<Evaluation> = [], sources: RecordSources = RecordSources()
    ) {
        self.info = info
        self.providers = providers
        self.offers = offers
        self.people = people
        self.pathways = pathways
        self.programmes = programmes
        self.evaluations = evaluations
        self.sources = sources
    }

    /// Reads a catalogue as `Codable` writes it; `sources` may be absent (catalogues encoded
    /// before sources were kept).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            info: try container.decode(CatalogInfo.self, forKey: .info),
            providers: try container.decode(RecordCollection<Provider>.self, forKey: .providers),
            offers: try container.decode(RecordCollection<Offer>.self, forKey: .offers),
            people: try container.decode(RecordCollection<Person>.self, forKey: .people),
            pathways: try container.decode(RecordCollection<Pathway>.self, forKey: .pathways),
            programmes: try container.decode(RecordCollection<Programme>.self, forKey: .programmes),
            evaluations: try container.decode(RecordCollection<Evaluation>.self, forKey: .evaluations),
            sources: try container.decodeIfPresent(RecordSources.self, forKey: .sources) ?? RecordSources())
    }

    /// The record of type `Record` with this identifier.
    public subscript<Record: CatalogRecord>(id id: Identifier<Record>) -> Record? {
        self[keyPath: Record.catalogKeyPath][id]
    }

    /// Replaces the record with the same identifier, or adds it.
    /// - Returns: `true` when a record was replaced.
    @discardableResult
    public mutating func upsert<Record: CatalogRecord>(_ record: Record) -> Bool {
        self[keyPath: Record.catalogKeyPath].upsert(record)
    }

    /// Removes the record of type `Record` with this identifier.
    /// - Returns: `true` when a record was removed.
    @discardableResult
    public mutating func remove<Record: CatalogRecord>(_ type: Record.Type, id: Record.ID) -> Bool {
        self[keyPath: Record.catalogKeyPath].remove(id: id)
    }

    /// The level of the provider responsible for an offer, if the provider is stated, in the
    /// catalogue, and of a stated kind.
    public func level(of offer: Offer) -> ServiceLevel? { offer.provider.flatMap { providers[$0]?.level } }

    /// The number of records of every kind.
    public var recordCount: Int {
        providers.count + offers.count + people.count + pathways.count + programmes.count + evaluations.count
    }
}
