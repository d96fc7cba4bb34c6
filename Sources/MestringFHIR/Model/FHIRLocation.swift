/// R4 `Location` in the no-basis-Location profile: a municipality an offer covers, coded with the
/// Norwegian municipality number on its address.
struct FHIRLocation: Codable, Sendable {
    var id: String?
    var meta: FHIRMeta?
    var name: String?
    var mode: String?
    var physicalType: FHIRCodeableConcept?
    var address: FHIRAddress?
}
