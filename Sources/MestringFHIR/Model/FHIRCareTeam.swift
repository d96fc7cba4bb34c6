/// R4 `CareTeam`: the people who plan, deliver and evaluate one offer, each with the phases they
/// take part in as participant roles.
struct FHIRCareTeam: Codable, Sendable {
    var id: String?
    var `extension`: [FHIRExtension]?
    var status: String?
    var participant: [Participant]?

    /// One person's part: the phases (roles) and the person's `PractitionerRole`.
    struct Participant: Codable, Sendable {
        var role: [FHIRCodeableConcept]?
        var member: FHIRReference?
    }
}
