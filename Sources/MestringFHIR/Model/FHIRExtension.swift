/// An R4 `Extension`: a value FHIR has no element for, named by the URL of its definition.
///
/// Mestring writes what HL7 FHIR and the Norwegian basis profiles have no place for (co-design
/// phases, care stages, peer training) as extensions under ``FHIRSystems/extensionBase``, each
/// described by a `StructureDefinition` (``MestringExtension``). Only the value types Mestring
/// writes are modelled; any other `value[x]` a foreign file carries is reported on import.
struct FHIRExtension: Codable, Hashable, Sendable {
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
struct FHIRElement: Codable, Hashable, Sendable {
    var `extension`: [FHIRExtension]?
}
