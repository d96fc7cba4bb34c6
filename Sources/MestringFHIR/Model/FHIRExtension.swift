import MestringAdapterKit

/// An R4 `Extension`: a value FHIR has no element for, named by the URL of its definition.
///
/// Mestring writes what HL7 FHIR and the Norwegian basis profiles have no place for (co-design
/// phases, care stages, peer training) as extensions under ``FHIRSystems/extensionBase``, each
/// described by a `StructureDefinition` (``MestringExtension``). Only the value types Mestring
/// writes are modelled; any other `value[x]` a foreign file carries is reported on import.
struct FHIRExtension: Hashable, Sendable {
    var url: String
    var `extension`: [FHIRExtension]?
    var valueString: String?
    var valueBoolean: Bool?
    var valueInteger: Int?
    var valueCode: String?
    var valueDate: String?
    var valueTime: String?
    var valueCoding: FHIRCoding?
    var valueReference: FHIRReference?
    var valueMoney: FHIRMoney?

    init(url: String, extension: [FHIRExtension]? = nil) {
        self.url = url
        self.extension = `extension`
    }
}

/// The `_name`-style companion of a primitive element: the extensions on a primitive value
/// (translations, the text's language).
struct FHIRElement: Hashable, Sendable {
    var `extension`: [FHIRExtension]?
}

extension FHIRExtension {
    /// Reads an extension; `url` is required. Value types Mestring does not write are not read, so
    /// the import report lists them.
    init(_ node: JSONNode) throws {
        // Read into `self` itself: a temporary value copied into it at the end cost a reference
        // count for each of its many values.
        self.init(url: "")
        var hasURL = false
        try node.members { key, value in
            switch key {
            case "url":
                url = try FHIRKnownStrings.string(value)
                hasURL = true
            case "extension": `extension` = try value.list(FHIRExtension.init)
            case "valueString": valueString = try value.string()
            case "valueBoolean": valueBoolean = try value.bool()
            case "valueInteger": valueInteger = try value.integer()
            case "valueCode": valueCode = try value.string()
            case "valueDate": valueDate = try value.string()
            case "valueTime": valueTime = try value.string()
            case "valueCoding": valueCoding = try FHIRCoding(value)
            case "valueReference": valueReference = try FHIRReference(value)
            case "valueMoney": valueMoney = try FHIRMoney(value)
            default: return false
            }
            return true
        }
        guard hasURL else { throw node.keyNotFound("url") }
    }
}

extension FHIRElement {
    init(_ node: JSONNode) throws {
        try node.members { key, value in
            guard case "extension" = key else { return false }
            `extension` = try value.list(FHIRExtension.init)
            return true
        }
    }
}

extension FHIRExtension: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("url", url)
        json.member("extension", `extension`)
        json.member("valueString", valueString)
        json.member("valueBoolean", valueBoolean)
        json.member("valueInteger", valueInteger)
        json.member("valueCode", valueCode)
        json.member("valueDate", valueDate)
        json.member("valueTime", valueTime)
        json.member("valueCoding", valueCoding)
        json.member("valueReference", valueReference)
        json.member("valueMoney", valueMoney)
    }
}

extension FHIRElement: FHIRWritable {
    func writeMembers(to json: inout FHIRJSONWriter) {
        json.member("extension", `extension`)
    }
}
