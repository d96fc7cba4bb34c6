import MestringAdapterKit

/// R4 `Basic`: what no other resource type has a place for: the catalogue's own description
/// (title, publisher, date, notice) and an offer's evaluation.
struct FHIRBasic: Sendable {
    var id: String?
    var `extension`: [FHIRExtension]?
    var identifier: [FHIRIdentifier]?
    var code: FHIRCodeableConcept?
    var subject: FHIRReference?
}

extension FHIRBasic {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "resourceType": break
            case "id": id = try value.string()
            case "extension": `extension` = try value.array(FHIRExtension.init)
            case "identifier": identifier = try value.array(FHIRIdentifier.init)
            case "code": code = try FHIRCodeableConcept(value)
            case "subject": subject = try FHIRReference(value)
            default: return false
            }
            return true
        }
    }
}

extension FHIRBasic: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("id", id)
        json.member("extension", `extension`)
        json.member("identifier", identifier)
        json.member("code", code)
        json.member("subject", subject)
    }
}
