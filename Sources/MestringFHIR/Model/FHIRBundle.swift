/// An R4 `Bundle` of type `collection`: the whole catalogue as one JSON document.
struct FHIRBundle: Codable, Sendable {
    var resourceType: String
    var id: String?
    var type: String?
    var entry: [Entry]?

    /// One entry: the resource and the `urn:uuid:` URL other resources refer to it by.
    struct Entry: Codable, Sendable {
        var fullUrl: String?
        var resource: FHIRResource?
    }
}
