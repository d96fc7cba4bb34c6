import Foundation
import MestringFHIR
import Testing

@Suite("FHIR extension definitions and mapping document")
struct FHIRProfilesTests {
    static let document = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Documentation/FHIR.md")

    @Test("every Mestring extension has a StructureDefinition under the one canonical base")
    func oneDefinitionPerExtension() throws {
        struct Bundle: Decodable {
            struct Entry: Decodable { var resource: Definition }
            struct Definition: Decodable { var resourceType: String; var url: String; var type: String }
            var entry: [Entry]
        }
        let bundle = try JSONDecoder().decode(Bundle.self, from: FHIRProfiles.extensionDefinitions())
        #expect(bundle.entry.map(\.resource.url) == MestringExtension.allCases.map(\.url))
        for definition in bundle.entry.map(\.resource) {
            #expect(definition.resourceType == "StructureDefinition" && definition.type == "Extension")
            #expect(definition.url.hasPrefix(FHIRSystems.mestringBase + "/StructureDefinition/"))
        }
    }

    @Test("Documentation/FHIR.md lists exactly the extensions the code writes")
    func documentMatchesCode() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        let begin = "<!-- extensions:begin -->\n"
        let end = "<!-- extensions:end -->"
        let start = try #require(text.range(of: begin)).upperBound
        let stop = try #require(text.range(of: end)).lowerBound
        #expect(String(text[start..<stop]) == FHIRProfiles.extensionTable(), "regenerate the table with FHIRProfiles.extensionTable()")
        for system in [
            FHIRSystems.organisationNumber, FHIRSystems.municipalityNumber, FHIRSystems.icd10, FHIRSystems.icpc2,
            FHIRSystems.organizationProfile, FHIRSystems.healthcareServiceProfile, FHIRSystems.locationProfile,
            FHIRSystems.practitionerRoleProfile, FHIRSystems.municipalityCodeExtension, FHIRSystems.mestringBase,
        ] {
            #expect(text.contains(system), "FHIR.md does not name \(system)")
        }
    }
}
