/// R4 `Coding`: a code in a code system, e.g. ICD-10 `J44` in `urn:oid:2.16.578.1.12.4.1.1.7110`.
struct FHIRCoding: Codable, Hashable, Sendable {
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
struct FHIRCodeableConcept: Codable, Hashable, Sendable {
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
struct FHIRIdentifier: Codable, Hashable, Sendable {
    var system: String?
    var value: String?
}

/// R4 `Reference`: to a resource in the bundle by its full URL, or logically by identifier when
/// the target is not in the bundle, or a display text only.
struct FHIRReference: Codable, Hashable, Sendable {
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
struct FHIRContactPoint: Codable, Hashable, Sendable {
    var `extension`: [FHIRExtension]?
    var system: String?
    var value: String?
    var use: String?
}

/// R4 `Money`: an amount in a currency (Norwegian kroner for Mestring).
struct FHIRMoney: Codable, Hashable, Sendable {
    var value: Int?
    var currency: String?
}

/// R4 `Meta`: the profiles a resource claims to conform to.
struct FHIRMeta: Codable, Hashable, Sendable {
    var profile: [String]?
}

/// R4 `Address`, used for a municipality: the district with the Norwegian municipality-code
/// extension of the basis profiles.
struct FHIRAddress: Codable, Hashable, Sendable {
    var text: String?
    var district: String?
    var _district: FHIRElement?
    var country: String?
}

/// R4 `HumanName`, used only as text (the coordinating unit's name).
struct FHIRHumanName: Codable, Hashable, Sendable {
    var text: String?
}
