import Mestring

/// A catalogue prepared for checking: the records as arrays and the indexes every rule needs,
/// built once per validation.
///
/// With 100,000 offers, each rule looking up providers and people on its own would repeat the same
/// work twenty times. Rules iterate the arrays here (fast, in catalogue order, repeated ids
/// included) and look records up through the context, where the first record with an id wins, as
/// in ``Mestring/RecordCollection``.
public struct ValidationContext: Sendable {
    /// The catalogue being checked, unchanged.
    public let catalog: Catalog
    /// The catalogue's providers, in order; a position here is the index in `providers[…]` paths.
    public let providers: [Provider]
    /// The catalogue's offers, in order; a position here is the index in `offers[…]` paths.
    public let offers: [Offer]
    /// The catalogue's people, in order; a position here is the index in `people[…]` paths.
    public let people: [Person]
    /// The catalogue's pathways, in order; a position here is the index in `pathways[…]` paths.
    public let pathways: [Pathway]
    /// The catalogue's programmes, in order; a position here is the index in `programmes[…]` paths.
    public let programmes: [Programme]
    /// The catalogue's evaluations, in order; a position here is the index in `evaluations[…]` paths.
    public let evaluations: [Evaluation]
    private let providerPositions: [Provider.ID: Int]
    private let personPositions: [Person.ID: Int]
    private let offerPositions: [Offer.ID: Int]
    private let pathwayPositions: [Pathway.ID: Int]
    private let programmePositions: [Programme.ID: Int]
    private let evaluationPositions: [Evaluation.ID: Int]
    private let offerLevels: [ServiceLevel?]
    /// The participants of every offer's involvement, flattened in offer order; `nil` for a person
    /// not in the catalogue. Resolved once here instead of once per rule.
    private let involved: [Participant?]
    private let involvedStarts: [Int]
    /// The positions of the offers each person (by position) takes part in delivering.
    private let deliveries: [[Int]]

    /// Prepares a catalogue for checking: one pass over the records to build every index.
    public init(_ catalog: Catalog) {
        let providers = Array(catalog.providers), offers = Array(catalog.offers), people = Array(catalog.people)
        let providerPositions = Self.firstPositions(of: providers), personPositions = Self.firstPositions(of: people)
        let participants = people.map(Participant.init)
        var levels: [ServiceLevel?] = []
        var involved: [Participant?] = []
        var starts: [Int] = []
        var deliveries = [[Int]](repeating: [], count: people.count)
        levels.reserveCapacity(offers.count)
        starts.reserveCapacity(offers.count + 1)
        for offerPosition in offers.indices {
            levels.append(offers[offerPosition].provider.flatMap { providerPositions[$0] }.flatMap { providers[$0].level })
            starts.append(involved.count)
            for involvement in offers[offerPosition].involvement {
                let position = personPositions[involvement.person]
                involved.append(position.map { participants[$0] })
                if let person = position, PhaseSet(involvement.phases).contains(.delivery),
                    deliveries[person].last != offerPosition
                {
                    deliveries[person].append(offerPosition)
                }
            }
        }
        starts.append(involved.count)
        self.catalog = catalog
        self.providers = providers
        self.offers = offers
        self.people = people
        pathways = Array(catalog.pathways)
        self.providerPositions = providerPositions
        self.personPositions = personPositions
        offerPositions = Self.firstPositions(of: offers)
        pathwayPositions = Self.firstPositions(of: pathways)
        programmes = Array(catalog.programmes)
        evaluations = Array(catalog.evaluations)
        programmePositions = Self.firstPositions(of: programmes)
        evaluationPositions = Self.firstPositions(of: evaluations)
        offerLevels = levels
        self.involved = involved
        involvedStarts = starts
        self.deliveries = deliveries
    }

    private static func firstPositions<Record: CatalogRecord>(of records: [Record]) -> [Record.ID: Int] {
        var positions = [Record.ID: Int](minimumCapacity: records.count)
        for position in records.indices where positions[records[position].id] == nil {
            positions[records[position].id] = position
        }
        return positions
    }

    /// `true` when no two records of the kind share an identifier.
    func hasUniqueIdentifiers(_ kind: RecordKind) -> Bool {
        switch kind {
        case .provider: providerPositions.count == providers.count
        case .offer: offerPositions.count == offers.count
        case .person: personPositions.count == people.count
        case .pathway: pathwayPositions.count == pathways.count
        case .programme: programmePositions.count == programmes.count
        case .evaluation: evaluationPositions.count == evaluations.count
        }
    }

    /// The position of the first provider with this identifier.
    public func position(of id: Provider.ID) -> Int? { providerPositions[id] }
    /// The position of the first offer with this identifier.
    public func position(of id: Offer.ID) -> Int? { offerPositions[id] }
    /// The position of the first person with this identifier.
    public func position(of id: Person.ID) -> Int? { personPositions[id] }
    /// The position of the first pathway with this identifier.
    public func position(of id: Pathway.ID) -> Int? { pathwayPositions[id] }
    /// The position of the first programme with this identifier.
    public func position(of id: Programme.ID) -> Int? { programmePositions[id] }
    /// The position of the first evaluation with this identifier.
    public func position(of id: Evaluation.ID) -> Int? { evaluationPositions[id] }

    /// The people in the involvement of the offer at `position`, in order, as the rules need to
    /// know them; `nil` for a person who is not in the catalogue.
    func participants(ofOfferAt position: Int) -> ArraySlice<Participant?> {
        guard involvedStarts.indices.contains(position + 1) else { return [] }
        return involved[involvedStarts[position]..<involvedStarts[position + 1]]
    }

    /// Whether someone who delivers the offer at `position` has `quality`; `nil` when nobody is named
    /// for delivery (rule `codesign.phases` reports that) or a deliverer is not in the catalogue
    /// (rule `integrity.reference` reports that), so that a rule about the delivery team judges only
    /// a team it fully knows.
    func deliveryTeam(ofOfferAt position: Int, includes quality: (Participant) -> Bool) -> Bool? {
        let offer = offers[position]
        var delivering = false, found = false
        for (involvement, participant) in zip(offer.involvement, participants(ofOfferAt: position))
        where PhaseSet(involvement.phases).contains(.delivery) {
            guard let participant else { return nil }
            delivering = true
            if quality(participant) { found = true }
        }
        return delivering ? found : nil
    }

    /// The level of the provider of the offer at `position`, or `nil` when the provider is not in
    /// the catalogue (rule `integrity.reference` reports that) or it or its kind is not stated (rule
    /// `completeness.stated` reports that).
    public func level(ofOfferAt position: Int) -> ServiceLevel? {
        offerLevels.indices.contains(position) ? offerLevels[position] : nil
    }

    /// How many offers a person takes part in delivering.
    public func deliveryCount(of person: Person.ID) -> Int { personPositions[person].map { deliveries[$0].count } ?? 0 }

    /// The offers the person at `position` takes part in delivering, in catalogue order, for
    /// findings that name them.
    func offersDelivered(byPersonAt position: Int) -> [RecordReference] {
        guard deliveries.indices.contains(position) else { return [] }
        return deliveries[position].map { RecordReference(offers[$0].id, position: $0) }
    }

    /// The level a pathway step belongs to: its offer's provider's level when the offer is in the
    /// catalogue, otherwise the level the step states.
    public func level(of step: PathwayStep) -> ServiceLevel? {
        if let id = step.offer, let position = offerPositions[id] { return level(ofOfferAt: position) }
        return step.level
    }
}
