/// R4 `Organization` in the no-basis-Organization profile: a Mestring provider.
struct FHIROrganization: Codable, Sendable {
    var id: String?
    var meta: FHIRMeta?
    var `extension`: [FHIRExtension]?
    var identifier: [FHIRIdentifier]?
    var type: [FHIRCodeableConcept]?
    var name: String?
    var _name: FHIRElement?
    var telecom: [FHIRContactPoint]?
    var partOf: FHIRReference?
    var contact: [Contact]?

    /// A contact for a purpose: Mestring writes the hospital's coordinating unit here.
    struct Contact: Codable, Sendable {
        var purpose: FHIRCodeableConcept?
        var name: FHIRHumanName?
        var telecom: [FHIRContactPoint]?
    }
}
