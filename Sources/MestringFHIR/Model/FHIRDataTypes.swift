import MestringAdapterKit

/// R4 `Coding`: a code in a code system, e.g. ICD-10 `J44` in `urn:oid:2.16.578.1.12.4.1.1.7110`.
struct FHIRCoding: Hashable, Sendable {
    var system: String?
    var code: String?
    var display: String?

    init(system: String?, code: String?, display: String? = nil) {
        self.system = system
        self.code = code
        self.display = display
    }
}

/// R4 `CodeableConcept`: codings and a text; extensions carry values a concept has no element for.
struct FHIRCodeableConcept: Hashable, Sendable {
    var `extension`: [FHIRExtension]?
    var coding: [FHIRCoding]?
    var text: String?
    var _text: FHIRElement?

    init(coding: [FHIRCoding]? = nil, text: String? = nil) {
        self.coding = coding
        self.text = text
    }
}

/// R4 `Identifier`: a value in a naming system (an organisation number, a Mestring identifier).
struct FHIRIdentifier: Hashable, Sendable {
    var system: String?
    var value: String?
}

/// R4 `Reference`: to a resource in the bundle by its full URL, or logically by identifier when
/// the target is not in the bundle, or a display text only.
struct FHIRReference: Hashable, Sendable {
    var reference: String?
    var type: String?
    var identifier: FHIRIdentifier?
    var display: String?

    init(reference: String? = nil, identifier: FHIRIdentifier? = nil, display: String? = nil) {
        self.reference = reference
        self.identifier = identifier
        self.display = display
    }
}

/// R4 `ContactPoint`: a phone number, e-mail address or web address.
struct FHIRContactPoint: Hashable, Sendable {
    var `extension`: [FHIRExtension]?
    var system: String?
    var value: String?
    var use: String?
}

/// R4 `Money`: an amount in a currency (Norwegian kroner for Mestring).
struct FHIRMoney: Hashable, Sendable {
    var value: Int?
    var currency: String?
}

/// R4 `Meta`: the profiles a resource claims to conform to.
struct FHIRMeta: Hashable, Sendable {
    var profile: [String]?
}

/// R4 `Address`, used for a municipality: the district with the Norwegian municipality-code
/// extension of the basis profiles.
struct FHIRAddress: Hashable, Sendable {
    var text: String?
    var district: String?
    var _district: FHIRElement?
    var country: String?
}

/// R4 `HumanName`, used only as text (the coordinating unit's name).
struct FHIRHumanName: Hashable, Sendable {
    var text: String?
}

extension FHIRCoding {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "system": system = try FHIRKnownStrings.string(value)
            case "code": code = try FHIRKnownStrings.string(value)
            case "display": display = try FHIRKnownStrings.string(value)
            default: return false
            }
            return true
        }
    }
}

extension FHIRCodeableConcept {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "extension": `extension` = try value.list(FHIRExtension.init)
            case "coding": coding = try value.list(FHIRCoding.init)
            case "text": text = try value.string()
            case "_text": _text = try FHIRElement(value)
            default: return false
            }
            return true
        }
    }
}

extension FHIRIdentifier {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "system": system = try FHIRKnownStrings.string(value)
            case "value": self.value = try value.string()
            default: return false
            }
            return true
        }
    }
}

extension FHIRReference {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "reference": reference = try value.string()
            case "type": type = try value.string()
            case "identifier": identifier = try FHIRIdentifier(value)
            case "display": display = try value.string()
            default: return false
            }
            return true
        }
    }
}

extension FHIRContactPoint {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "extension": `extension` = try value.list(FHIRExtension.init)
            case "system": system = try value.string()
            case "value": self.value = try value.string()
            case "use": use = try value.string()
            default: return false
            }
            return true
        }
    }
}

extension FHIRMoney {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "value": self.value = try value.integer()
            case "currency": currency = try value.string()
            default: return false
            }
            return true
        }
    }
}

extension FHIRMeta {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            guard case "profile" = key else { return false }
            profile = try value.list(FHIRKnownStrings.string)
            return true
        }
    }
}

extension FHIRAddress {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            switch key {
            case "text": text = try value.string()
            case "district": district = try value.string()
            case "_district": _district = try FHIRElement(value)
            case "country": country = try value.string()
            default: return false
            }
            return true
        }
    }
}

extension FHIRHumanName {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            guard case "text" = key else { return false }
            text = try value.string()
            return true
        }
    }
}

extension FHIRCoding: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("system", system)
        json.member("code", code)
        json.member("display", display)
    }
}

extension FHIRCodeableConcept: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("extension", `extension`)
        json.member("coding", coding)
        json.member("text", text)
        json.member("_text", _text)
    }
}

extension FHIRIdentifier: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("system", system)
        json.member("value", value)
    }
}

extension FHIRReference: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("reference", reference)
        json.member("type", type)
        json.member("identifier", identifier)
        json.member("display", display)
    }
}

extension FHIRContactPoint: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("extension", `extension`)
        json.member("system", system)
        json.member("value", value)
        json.member("use", use)
    }
}

extension FHIRMoney: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("value", value)
        json.member("currency", currency)
    }
}

extension FHIRMeta: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("profile", profile)
    }
}

extension FHIRAddress: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("text", text)
        json.member("district", district)
        json.member("_district", _district)
        json.member("country", country)
    }
}

extension FHIRHumanName: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("text", text)
    }
}
