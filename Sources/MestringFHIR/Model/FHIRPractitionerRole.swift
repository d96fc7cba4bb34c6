import MestringAdapterKit

/// R4 `PractitionerRole` in the no-basis-PractitionerRole profile: a person who takes part in
/// offers, in their Mestring role, with lived experience, peer training and health-pedagogy
/// competence as Mestring extensions.
struct FHIRPractitionerRole: Sendable {
    var id: String?
    var meta: FHIRMeta?
    var `extension`: [FHIRExtension]?
    var identifier: [FHIRIdentifier]?
    var practitioner: FHIRReference?
    var organization: FHIRReference?
    var code: [FHIRCodeableConcept]?
    var telecom: [FHIRContactPoint]?
}

extension FHIRPractitionerRole {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "resourceType": break
            case "id": id = try value.string()
            case "meta": meta = try FHIRMeta(value)
            case "extension": `extension` = try value.array(FHIRExtension.init)
            case "identifier": identifier = try value.array(FHIRIdentifier.init)
            case "practitioner": practitioner = try FHIRReference(value)
            case "organization": organization = try FHIRReference(value)
            case "code": code = try value.array(FHIRCodeableConcept.init)
            case "telecom": telecom = try value.array(FHIRContactPoint.init)
            default: return false
            }
            return true
        }
    }
}

extension FHIRPractitionerRole: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("id", id)
        json.member("meta", meta)
        json.member("extension", `extension`)
        json.member("identifier", identifier)
        json.member("practitioner", practitioner)
        json.member("organization", organization)
        json.member("code", code)
        json.member("telecom", telecom)
    }
}
