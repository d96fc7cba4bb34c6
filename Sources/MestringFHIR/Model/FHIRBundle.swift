import MestringAdapterKit

/// An R4 `Bundle` of type `collection`: the whole catalogue as one JSON document.
struct FHIRBundle: Sendable {
    var resourceType: String
    var id: String?
    var type: String?
    var entry: [Entry]?

    /// One entry: the resource and the `urn:uuid:` URL other resources refer to it by.
    struct Entry: Sendable {
        var fullUrl: String?
        var resource: FHIRResource?
    }
}

extension FHIRBundle {
    /// Reads a bundle; `resourceType` is required, so that a document of another kind fails as such.
    init(_ node: JSONNode) throws {
        var bundle = FHIRBundle(resourceType: "", id: nil, type: nil, entry: nil)
        var resourceType: String?
        try node.members { key, value in
            switch key {
            case "resourceType": resourceType = try value.string()
            case "id": bundle.id = try value.string()
            case "type": bundle.type = try value.string()
            case "entry": bundle.entry = try value.array(Entry.init)
            default: return false
            }
            return true
        }
        guard let resourceType else { throw node.keyNotFound("resourceType") }
        bundle.resourceType = resourceType
        self = bundle
    }
}

extension FHIRBundle.Entry {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "fullUrl": fullUrl = try value.string()
            case "resource": resource = try FHIRResource(value)
            default: return false
            }
            return true
        }
    }
}

extension FHIRBundle: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("resourceType", resourceType)
        json.member("id", id)
        json.member("type", type)
        json.member("entry", entry)
    }
}

extension FHIRBundle.Entry: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("fullUrl", fullUrl)
        json.member("resource", resource)
    }
}
