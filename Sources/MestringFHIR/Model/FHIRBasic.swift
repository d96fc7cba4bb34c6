/// R4 `Basic`: what no other resource type has a place for: the catalogue's own description
/// (title, publisher, date, notice) and an offer's evaluation.
struct FHIRBasic: Codable, Sendable {
    var id: String?
    var `extension`: [FHIRExtension]?
    var identifier: [FHIRIdentifier]?
    var code: FHIRCodeableConcept?
    var subject: FHIRReference?
}
