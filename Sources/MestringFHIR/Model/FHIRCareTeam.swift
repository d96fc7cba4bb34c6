import MestringAdapterKit

/// R4 `CareTeam`: the people who plan, deliver and evaluate one offer, each with the phases they
/// take part in as participant roles.
struct FHIRCareTeam: Sendable {
    var id: String?
    var `extension`: [FHIRExtension]?
    var status: String?
    var participant: [Participant]?

    /// One person's part: the phases (roles) and the person's `PractitionerRole`.
    struct Participant: Sendable {
        var role: [FHIRCodeableConcept]?
        var member: FHIRReference?
    }
}

extension FHIRCareTeam {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "resourceType": break
            case "id": id = try value.string()
            case "extension": `extension` = try value.array(FHIRExtension.init)
            case "status": status = try value.string()
            case "participant": participant = try value.array(Participant.init)
            default: return false
            }
            return true
        }
    }
}

extension FHIRCareTeam.Participant {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "role": role = try value.array(FHIRCodeableConcept.init)
            case "member": member = try FHIRReference(value)
            default: return false
            }
            return true
        }
    }
}

extension FHIRCareTeam: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("id", id)
        json.member("extension", `extension`)
        json.member("status", status)
        json.member("participant", participant)
    }
}

extension FHIRCareTeam.Participant: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("role", role)
        json.member("member", member)
    }
}
