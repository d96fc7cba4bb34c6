/// R4 `StructureDefinition` of one Mestring extension, so that FHIR tools (validators, profile
/// viewers) know what each extension means and what value it holds.
struct FHIRStructureDefinition: Encodable, Sendable {
    var resourceType = "StructureDefinition"
    var id: String?
    var url: String?
    var name: String?
    var title: String?
    var status: String?
    var description: String?
    var fhirVersion: String?
    var kind: String?
    var abstract: Bool?
    var context: [Context]?
    var type: String?
    var baseDefinition: String?
    var derivation: String?
    var differential: Differential?

    /// Where the extension may be used.
    struct Context: Encodable, Sendable {
        var type: String?
        var expression: String?
    }

    /// The constraints on `Extension` that make this extension.
    struct Differential: Encodable, Sendable {
        var element: [Element]?
    }

    /// One constrained element of `Extension`.
    struct Element: Encodable, Sendable {
        var id: String?
        var path: String?
        var sliceName: String?
        var short: String?
        var definition: String?
        var min: Int?
        var max: String?
        var type: [ElementType]?
        var fixedUri: String?
    }

    /// The data type an element holds.
    struct ElementType: Encodable, Sendable {
        var code: String?
    }
}
