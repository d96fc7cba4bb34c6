/// R4 `PractitionerRole` in the no-basis-PractitionerRole profile: a person who takes part in
/// offers, in their Mestring role, with lived experience, peer training and health-pedagogy
/// competence as Mestring extensions.
struct FHIRPractitionerRole: Codable, Sendable {
    var id: String?
    var meta: FHIRMeta?
    var `extension`: [FHIRExtension]?
    var identifier: [FHIRIdentifier]?
    var practitioner: FHIRReference?
    var organization: FHIRReference?
    var code: [FHIRCodeableConcept]?
    var telecom: [FHIRContactPoint]?
}
