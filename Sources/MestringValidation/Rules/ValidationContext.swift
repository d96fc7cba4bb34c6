import Dispatch
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
    private let offerLevels: [ServiceLevel?]
    /// The position of each offer's provider, `nil` when it names none or one not in the catalogue.
    private let offerProviders: [Int?]
    /// Whether the person at each position is named in some offer's involvement.
    private let involvedPeople: [Bool]
    /// The participants of every offer's involvement, flattened in offer order; `nil` for a person
    /// not in the catalogue. Resolved once here instead of once per rule.
    private let involved: [Participant?]
    /// The phases of each of those involvements, in the same order: rules about who takes part in
    /// which phase read them here instead of the offers' own arrays of phases, which lie all over
    /// memory.
    private let involvedPhases: [PhaseSet]
    private let involvedStarts: [Int]
    /// The positions of the offers each person (by position) takes part in delivering.
    private let deliveries: [[Int]]

    /// Prepares a catalogue for checking: one pass over the offers to resolve what the rules share.
    /// The record arrays share the catalogue's storage, and look-ups by identifier use the
    /// catalogue's own indexes, so nothing is copied or hashed twice. A large catalogue's offers
    /// are resolved in two halves side by side (the look-ups are most of the work), then joined
    /// in catalogue order.
    public init(_ catalog: Catalog) {
        let providers = catalog.providers.elements, offers = catalog.offers.elements, people = catalog.people.elements
        let participants = people.map(Participant.init)
        let providerLevels = providers.map(\.level)
        let middle = offers.count / 2
        let ranges = offers.count < 2_000 ? [0..<offers.count] : [0..<middle, middle..<offers.count]
        var parts = [OfferLinks?](repeating: nil, count: ranges.count)
        offers.withUnsafeBufferPointer { offers in
            parts.withUnsafeMutableBufferPointer { parts in
                // Each half writes only its own element of `parts`.
                nonisolated(unsafe) let parts = parts, offers = offers
                DispatchQueue.concurrentPerform(iterations: ranges.count) { part in
                    parts[part] = OfferLinks(
                        ranges[part], of: offers, in: catalog, participants: participants, providerLevels: providerLevels)
                }
            }
        }
        var links = parts[0] ?? OfferLinks(peopleCount: people.count)
        for part in parts.dropFirst() { if let part { links.append(part) } }
        var deliveries = [[Int]](repeating: [], count: people.count)
        for (person, offer) in links.deliveries where deliveries[person].last != offer { deliveries[person].append(offer) }
        self.catalog = catalog
        self.providers = providers
        self.offers = offers
        self.people = people
        pathways = catalog.pathways.elements
        programmes = catalog.programmes.elements
        evaluations = catalog.evaluations.elements
        offerLevels = links.levels
        offerProviders = links.providers
        involvedPeople = links.involvedPeople
        involved = links.involved
        involvedPhases = links.phases
        involvedStarts = links.starts + [links.involved.count]
        self.deliveries = deliveries
    }

    /// What one pass over a range of offers resolves for the rules: each offer's provider and its
    /// level, the people in its involvement, and who delivers it.
    private struct OfferLinks {
        var providers: [Int?] = []
        var levels: [ServiceLevel?] = []
        var involved: [Participant?] = []
        var phases: [PhaseSet] = []
        /// Where each offer's participants start in `involved`.
        var starts: [Int] = []
        var involvedPeople: [Bool]
        /// (person, offer) positions for each person named for delivery, in offer order.
        var deliveries: [(person: Int, offer: Int)] = []

        init(peopleCount: Int) { involvedPeople = [Bool](repeating: false, count: peopleCount) }

        init(
            _ range: Range<Int>, of offers: UnsafeBufferPointer<Offer>, in catalog: Catalog, participants: [Participant],
            providerLevels: [ServiceLevel?]
        ) {
            self.init(peopleCount: participants.count)
            providers.reserveCapacity(range.count)
            levels.reserveCapacity(range.count)
            starts.reserveCapacity(range.count)
            for offerPosition in range {
                let provider = offers[offerPosition].provider.flatMap(catalog.providers.position(of:))
                providers.append(provider)
                levels.append(provider.flatMap { providerLevels[$0] })
                starts.append(involved.count)
                for involvement in offers[offerPosition].involvement {
                    let position = catalog.people.position(of: involvement.person)
                    let phases = PhaseSet(involvement.phases)
                    involved.append(position.map { participants[$0] })
                    self.phases.append(phases)
                    guard let person = position else { continue }
                    involvedPeople[person] = true
                    if phases.contains(.delivery) { deliveries.append((person, offerPosition)) }
                }
            }
        }

        /// Adds the links of the offers that follow this range.
        mutating func append(_ next: OfferLinks) {
            providers += next.providers
            levels += next.levels
            starts += next.starts.lazy.map { [count = involved.count] in $0 + count }
            involved += next.involved
            phases += next.phases
            for person in involvedPeople.indices where next.involvedPeople[person] { involvedPeople[person] = true }
            deliveries += next.deliveries
        }
    }

    /// The position of the first provider with this identifier.
    public func position(of id: Provider.ID) -> Int? { catalog.providers.position(of: id) }
    /// The position of the first offer with this identifier.
    public func position(of id: Offer.ID) -> Int? { catalog.offers.position(of: id) }
    /// The position of the first person with this identifier.
    public func position(of id: Person.ID) -> Int? { catalog.people.position(of: id) }
    /// The position of the first pathway with this identifier.
    public func position(of id: Pathway.ID) -> Int? { catalog.pathways.position(of: id) }
    /// The position of the first programme with this identifier.
    public func position(of id: Programme.ID) -> Int? { catalog.programmes.position(of: id) }
    /// The position of the first evaluation with this identifier.
    public func position(of id: Evaluation.ID) -> Int? { catalog.evaluations.position(of: id) }

    /// Calls `body` with every offer and its position, in catalogue order, lending each offer in
    /// place.
    ///
    /// `let offer = offers[position]` copies the record: a reference count for each of its dozens of
    /// fields. In the loops of twenty rules over 100,000 offers that copying cost more than the
    /// checks themselves; a lent offer's fields are read where the offer is.
    func forEachOffer(_ body: (_ position: Int, _ offer: Lent<Offer>) -> Void) { offers.forEachLent(body) }

    /// The people in the involvement of the offer at `position`, in order, as the rules need to
    /// know them; `nil` for a person who is not in the catalogue.
    func participants(ofOfferAt position: Int) -> ArraySlice<Participant?> {
        guard involvedStarts.indices.contains(position + 1) else { return [] }
        return involved[involvedStarts[position]..<involvedStarts[position + 1]]
    }

    /// The phases of each involvement of the offer at `position`, in the order of
    /// ``participants(ofOfferAt:)``.
    func phases(ofOfferAt position: Int) -> ArraySlice<PhaseSet> {
        guard involvedStarts.indices.contains(position + 1) else { return [] }
        return involvedPhases[involvedStarts[position]..<involvedStarts[position + 1]]
    }

    /// Whether someone who delivers the offer at `position` has `quality`; `nil` when nobody is named
    /// for delivery (rule `codesign.phases` reports that) or a deliverer is not in the catalogue
    /// (rule `integrity.reference` reports that), so that a rule about the delivery team judges only
    /// a team it fully knows.
    func deliveryTeam(ofOfferAt position: Int, includes quality: (Participant) -> Bool) -> Bool? {
        var delivering = false, found = false
        for (phases, participant) in zip(phases(ofOfferAt: position), participants(ofOfferAt: position))
        where phases.contains(.delivery) {
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

    /// The position of the provider of the offer at `position`, or `nil` when the offer names none
    /// or one that is not in the catalogue: resolved once here for every rule.
    func providerPosition(ofOfferAt position: Int) -> Int? {
        offerProviders.indices.contains(position) ? offerProviders[position] : nil
    }

    /// `true` when someone with the identifier of the person at `position` is named in an offer's
    /// involvement (the first person with an identifier is the one references lead to).
    func takesPartInOffers(personAt position: Int) -> Bool {
        guard let first = self.position(of: people[position].id) else { return false }
        return involvedPeople[first]
    }

    /// How many offers a person takes part in delivering.
    public func deliveryCount(of person: Person.ID) -> Int { position(of: person).map { deliveries[$0].count } ?? 0 }

    /// The offers the person at `position` takes part in delivering, in catalogue order, for
    /// findings that name them.
    func offersDelivered(byPersonAt position: Int) -> [RecordReference] {
        guard deliveries.indices.contains(position) else { return [] }
        return deliveries[position].map { RecordReference(offers[$0].id, position: $0) }
    }

    /// The level a pathway step belongs to: its offer's provider's level when the offer is in the
    /// catalogue, otherwise the level the step states.
    public func level(of step: PathwayStep) -> ServiceLevel? {
        if let id = step.offer, let position = position(of: id) { return level(ofOfferAt: position) }
        return step.level
    }
}
