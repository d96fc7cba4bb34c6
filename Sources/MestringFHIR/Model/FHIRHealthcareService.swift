/// R4 `HealthcareService` in the no-basis-HealthcareService profile: a Mestring offer.
///
/// Elements Mestring has no place for (`photo`, `availableTime`, `notAvailable`, `endpoint`,
/// `specialty`, `extraDetails`) are not modelled, so an import finds them in the input and
/// reports them instead of dropping them silently.
struct FHIRHealthcareService: Codable, Sendable {
    var id: String?
    var meta: FHIRMeta?
    var `extension`: [FHIRExtension]?
    var identifier: [FHIRIdentifier]?
    var active: Bool?
    var providedBy: FHIRReference?
    var category: [FHIRCodeableConcept]?
    var type: [FHIRCodeableConcept]?
    var location: [FHIRReference]?
    var name: String?
    var _name: FHIRElement?
    var comment: String?
    var _comment: FHIRElement?
    var telecom: [FHIRContactPoint]?
    var coverageArea: [FHIRReference]?
    var serviceProvisionCode: [FHIRCodeableConcept]?
    var eligibility: [Eligibility]?
    var program: [FHIRCodeableConcept]?
    var characteristic: [FHIRCodeableConcept]?
    var communication: [FHIRCodeableConcept]?
    var referralMethod: [FHIRCodeableConcept]?
    var appointmentRequired: Bool?
    var availabilityExceptions: String?
    var _availabilityExceptions: FHIRElement?

    /// A condition for taking part: an audience, or age and residency limits.
    struct Eligibility: Codable, Sendable {
        var `extension`: [FHIRExtension]?
        var code: FHIRCodeableConcept?
        var comment: String?
        var _comment: FHIRElement?
    }
}
