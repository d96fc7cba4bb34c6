/// One step of a pathway: a specific offer, or any offer of a kind at a level.
///
/// A pathway is often drawn before every offer exists ("then a peer group run by a user
/// organisation"), so a step may name an offer kind and level instead of an offer. Rule
/// `pathway.step-resolves` requires one of the two.
public struct PathwayStep: Hashable, Sendable, Codable {
    /// The offer this step is, when there is one.
    public var offer: Offer.ID?
    /// The kind of offer this step is, when no specific offer is named.
    public var offerKind: OfferKind?
    /// The level the step belongs to, when no specific offer is named.
    public var level: ServiceLevel?
    /// Where in the course of an illness this step serves. Stages are a span, not an order: after a
    /// relapse a pathway may lead back to an earlier stage.
    public var stage: CareStage
    /// How the user is handed over to the next step (who refers, who calls whom, through which
    /// coordinating unit); rule `pathway.hand-over` asks for it where the next step is at another level.
    public var handOver: LocalizedText?
    /// The provider whose coordinating unit (*koordinerende enhet*) hands the user over to the next
    /// step when it is at another level: the guideline makes that unit the contact point with the
    /// municipalities (004: «Denne bør være kontaktpunkt for samhandlingen med kommunene»).
    public var handOverUnit: Provider.ID?

    /// A step that names an offer, or an offer kind at a level when no specific offer exists yet.
    public init(
        offer: Offer.ID? = nil, offerKind: OfferKind? = nil, level: ServiceLevel? = nil, stage: CareStage,
        handOver: LocalizedText? = nil, handOverUnit: Provider.ID? = nil
    ) {
        self.offer = offer
        self.offerKind = offerKind
        self.level = level
        self.stage = stage
        self.handOver = handOver
        self.handOverUnit = handOverUnit
    }
}
