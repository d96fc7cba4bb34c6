import Foundation
import Mestring
import MestringConformance
import MestringJSON
import Testing

/// The published JSON Schema is what integrators in other languages check their files with; these
/// tests keep it true to what the Swift code reads and writes.
@Suite("JSON Schema")
struct JSONSchemaTests {
    static let documentation = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Documentation")

    func validator() throws -> JSONSchemaValidator {
        let data = try Data(contentsOf: Self.documentation.appending(path: "Schemas/mestring-catalog.schema.json"))
        return JSONSchemaValidator(schema: try JSONDecoder().decode(JSONValue.self, from: data))
    }

    @Test(arguments: ["catalog.json", "catalog-broken.json"])
    func examplesConformToTheSchema(_ name: String) throws {
        let data = try Data(contentsOf: Self.documentation.appending(path: "Examples/\(name)"))
        let violations = try validator().violations(of: try JSONDecoder().decode(JSONValue.self, from: data))
        #expect(violations.isEmpty, "\(violations.prefix(10).joined(separator: "\n"))")
        _ = try JSONCatalogCoder().decode(data, file: name)
    }

    @Test func everythingTheWriterWritesConformsToTheSchema() throws {
        let data = try JSONCatalogCoder().encode(ConformanceFixture.catalog)
        let violations = try validator().violations(of: try JSONDecoder().decode(JSONValue.self, from: data))
        #expect(violations.isEmpty, "\(violations.prefix(10).joined(separator: "\n"))")
    }

    @Test func theSchemaRejectsWhatTheReaderRejects() throws {
        var document = try JSONDecoder().decode(JSONValue.self, from: try JSONCatalogCoder().encode(ConformanceFixture.catalog))
        guard case .object(var root) = document, case .array(var offers)? = root["offers"], case .object(var offer) = offers[0]
        else { Issue.record("unexpected document shape"); return }
        offer["audiences"] = .array([.string("pasient")])
        offer["title"] = nil
        offers[0] = .object(offer)
        root["offers"] = .array(offers)
        document = .object(root)
        let violations = try validator().violations(of: document)
        #expect(violations.contains { $0.contains("$.offers[0].audiences[0]") })
        #expect(violations.contains { $0.contains("missing required property title") })
    }
}
