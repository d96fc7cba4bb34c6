import Foundation

/// The `StructureDefinition`s of Mestring's extensions, so that FHIR tools (validators, profile
/// viewers, a directory's import) know what each extension means and what it holds.
///
/// ```swift
/// try FHIRProfiles.extensionDefinitions().write(to: URL(filePath: "mestring-extensions.json"))
/// ```
public enum FHIRProfiles {
    /// A Bundle (type `collection`) of one `StructureDefinition` per ``MestringExtension``, as JSON.
    public static func extensionDefinitions() throws -> Data {
        let entries = MestringExtension.allCases.map { item in DefinitionBundle.Entry(fullUrl: item.url, resource: definition(of: item)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(DefinitionBundle(entry: entries))
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// The bundle of definitions: a reference document for FHIR tools, pretty and sorted like
    /// other profile packages rather than compact like a catalogue.
    private struct DefinitionBundle: Encodable {
        var resourceType = "Bundle"
        var id = "mestring-extensions"
        var type = "collection"
        var entry: [Entry]

        struct Entry: Encodable {
            var fullUrl: String
            var resource: FHIRStructureDefinition
        }
    }

    static func definition(of item: MestringExtension) -> FHIRStructureDefinition {
        typealias Element = FHIRStructureDefinition.Element
        typealias ElementType = FHIRStructureDefinition.ElementType
        var elements = [
            Element(id: "Extension", path: "Extension", short: item.summary, definition: item.summary, min: 0, max: "*"),
            Element(id: "Extension.url", path: "Extension.url", fixedUri: item.url),
        ]
        switch item.value {
        case .simple(let type):
            elements.append(Element(id: "Extension.extension", path: "Extension.extension", max: "0"))
            elements.append(Element(id: "Extension.value[x]", path: "Extension.value[x]", min: 1, type: [ElementType(code: type)]))
        case .complex(let parts):
            for part in parts {
                let slice = "Extension.extension:\(part.name)"
                elements.append(Element(id: slice, path: "Extension.extension", sliceName: part.name, min: 0, max: part.name == "session" || part.name == "diagnosis" ? "*" : "1"))
                elements.append(Element(id: slice + ".url", path: "Extension.extension.url", fixedUri: part.name))
                if part.type != "Extension" {
                    elements.append(Element(id: slice + ".value[x]", path: "Extension.extension.value[x]", type: [ElementType(code: part.type)]))
                }
            }
            elements.append(Element(id: "Extension.value[x]", path: "Extension.value[x]", max: "0"))
        }
        return FHIRStructureDefinition(
            id: "mestring-" + item.rawValue, url: item.url, name: item.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
            title: "Mestring " + item.rawValue, status: "draft", description: item.summary, fhirVersion: "4.0.1", kind: "complex-type",
            abstract: false, context: item.context.map { FHIRStructureDefinition.Context(type: "element", expression: $0) }, type: "Extension",
            baseDefinition: "http://hl7.org/fhir/StructureDefinition/Extension", derivation: "constraint",
            differential: FHIRStructureDefinition.Differential(element: elements))
    }
}
