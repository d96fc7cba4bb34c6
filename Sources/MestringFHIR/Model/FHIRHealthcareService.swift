import MestringAdapterKit

/// R4 `HealthcareService` in the no-basis-HealthcareService profile: a Mestring offer.
///
/// Elements Mestring has no place for (`photo`, `availableTime`, `notAvailable`, `endpoint`,
/// `specialty`, `extraDetails`) are not modelled, so an import finds them in the input and
/// reports them instead of dropping them silently.
struct FHIRHealthcareService: Sendable {
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
    struct Eligibility: Sendable {
        var `extension`: [FHIRExtension]?
        var code: FHIRCodeableConcept?
        var comment: String?
        var _comment: FHIRElement?
    }
}

extension FHIRHealthcareService {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "resourceType": break
            case "id": id = try value.string()
            case "meta": meta = try FHIRMeta(value)
            case "extension": `extension` = try value.array(FHIRExtension.init)
            case "identifier": identifier = try value.array(FHIRIdentifier.init)
            case "active": active = try value.bool()
            case "providedBy": providedBy = try FHIRReference(value)
            case "category": category = try value.array(FHIRCodeableConcept.init)
            case "type": type = try value.array(FHIRCodeableConcept.init)
            case "location": location = try value.array(FHIRReference.init)
            case "name": name = try value.string()
            case "_name": _name = try FHIRElement(value)
            case "comment": comment = try value.string()
            case "_comment": _comment = try FHIRElement(value)
            case "telecom": telecom = try value.array(FHIRContactPoint.init)
            case "coverageArea": coverageArea = try value.array(FHIRReference.init)
            case "serviceProvisionCode": serviceProvisionCode = try value.array(FHIRCodeableConcept.init)
            case "eligibility": eligibility = try value.array(Eligibility.init)
            case "program": program = try value.array(FHIRCodeableConcept.init)
            case "characteristic": characteristic = try value.array(FHIRCodeableConcept.init)
            case "communication": communication = try value.array(FHIRCodeableConcept.init)
            case "referralMethod": referralMethod = try value.array(FHIRCodeableConcept.init)
            case "appointmentRequired": appointmentRequired = try value.bool()
            case "availabilityExceptions": availabilityExceptions = try value.string()
            case "_availabilityExceptions": _availabilityExceptions = try FHIRElement(value)
            default: return false
            }
            return true
        }
    }
}

extension FHIRHealthcareService.Eligibility {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "extension": `extension` = try value.array(FHIRExtension.init)
            case "code": code = try FHIRCodeableConcept(value)
            case "comment": comment = try value.string()
            case "_comment": _comment = try FHIRElement(value)
            default: return false
            }
            return true
        }
    }
}

extension FHIRHealthcareService: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("id", id)
        json.member("meta", meta)
        json.member("extension", `extension`)
        json.member("identifier", identifier)
        json.member("active", active)
        json.member("providedBy", providedBy)
        json.member("category", category)
        json.member("type", type)
        json.member("location", location)
        json.member("name", name)
        json.member("_name", _name)
        json.member("comment", comment)
        json.member("_comment", _comment)
        json.member("telecom", telecom)
        json.member("coverageArea", coverageArea)
        json.member("serviceProvisionCode", serviceProvisionCode)
        json.member("eligibility", eligibility)
        json.member("program", program)
        json.member("characteristic", characteristic)
        json.member("communication", communication)
        json.member("referralMethod", referralMethod)
        json.member("appointmentRequired", appointmentRequired)
        json.member("availabilityExceptions", availabilityExceptions)
        json.member("_availabilityExceptions", _availabilityExceptions)
    }
}

extension FHIRHealthcareService.Eligibility: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("extension", `extension`)
        json.member("code", code)
        json.member("comment", comment)
        json.member("_comment", _comment)
    }
}
