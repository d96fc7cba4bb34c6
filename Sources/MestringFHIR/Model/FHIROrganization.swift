import MestringAdapterKit

/// R4 `Organization` in the no-basis-Organization profile: a Mestring provider.
struct FHIROrganization: Sendable {
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
    struct Contact: Sendable {
        var purpose: FHIRCodeableConcept?
        var name: FHIRHumanName?
        var telecom: [FHIRContactPoint]?
    }
}

extension FHIROrganization {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "resourceType": break
            case "id": id = try value.string()
            case "meta": meta = try FHIRMeta(value)
            case "extension": `extension` = try value.array(FHIRExtension.init)
            case "identifier": identifier = try value.array(FHIRIdentifier.init)
            case "type": type = try value.array(FHIRCodeableConcept.init)
            case "name": name = try value.string()
            case "_name": _name = try FHIRElement(value)
            case "telecom": telecom = try value.array(FHIRContactPoint.init)
            case "partOf": partOf = try FHIRReference(value)
            case "contact": contact = try value.array(Contact.init)
            default: return false
            }
            return true
        }
    }
}

extension FHIROrganization.Contact {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "purpose": purpose = try FHIRCodeableConcept(value)
            case "name": name = try FHIRHumanName(value)
            case "telecom": telecom = try value.array(FHIRContactPoint.init)
            default: return false
            }
            return true
        }
    }
}

extension FHIROrganization: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("id", id)
        json.member("meta", meta)
        json.member("extension", `extension`)
        json.member("identifier", identifier)
        json.member("type", type)
        json.member("name", name)
        json.member("_name", _name)
        json.member("telecom", telecom)
        json.member("partOf", partOf)
        json.member("contact", contact)
    }
}

extension FHIROrganization.Contact: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("purpose", purpose)
        json.member("name", name)
        json.member("telecom", telecom)
    }
}
