/// R4 `Basic`: the catalogue's own description (title, publisher, date, notice), which no other
/// resource type has a place for.
struct FHIRBasic: Codable, Sendable {
    var id: String?
    var `extension`: [FHIRExtension]?
    var code: FHIRCodeableConcept?
}
