import Foundation
import Testing
@testable import MestringCommandLine
import MestringTestSupport

@Suite("mestring with FHIR")
struct FHIRCommandTests {
    @Test(arguments: [("k.fhir.json", [String]()), ("k.ndjson", []), ("k.json", ["--format", "fhir"])])
    func publicCatalogueThroughFHIRAndBackIsByteIdentical(_ name: String, _ options: [String]) async throws {
        let folder = try TemporaryFolder()
        _ = await CommandRun("convert", Repository.example, folder.path("public.json"), "--public")
        let toFHIR = await CommandRun(arguments: ["convert", folder.path("public.json"), folder.path(name)] + options)
        #expect(toFHIR.code == .success, "\(toFHIR.errors)")
        let head = String(decoding: try Data(contentsOf: URL(filePath: folder.path(name))).prefix(4000), as: UTF8.self)
        #expect(head.contains("\"resourceType\""))
        // Reading needs no --format: the extension, or the content of a .json file, says FHIR.
        let back = await CommandRun("convert", folder.path(name), folder.path("back.json"))
        #expect(back.code == .success, "\(back.errors)")
        #expect(try Data(contentsOf: URL(filePath: folder.path("back.json"))) == Data(contentsOf: URL(filePath: folder.path("public.json"))))
    }

    @Test func validateQueryAndShowReadFHIR() async throws {
        let folder = try TemporaryFolder()
        _ = await CommandRun("convert", Repository.brokenExample, folder.path("broken.fhir.json"))
        let validate = await CommandRun("validate", folder.path("broken.fhir.json"))
        #expect(validate.code == .findings)
        #expect(validate.output.contains("[codesign.phases]"))
        _ = await CommandRun("convert", Repository.example, folder.path("k.ndjson"))
        let query = await CommandRun("query", folder.path("k.ndjson"), "--municipality", "4601")
        #expect(query.code == .success)
        #expect(query.output.contains("bergen-leve-med-kronisk-sykdom"))
        let show = await CommandRun("show", folder.path("k.ndjson"))
        #expect(show.output.contains("Eksempelkatalog"))
    }

    @Test func personalDataOnlyWhenAsked() async throws {
        let folder = try TemporaryFolder()
        _ = await CommandRun("convert", Repository.example, folder.path("public.fhir.json"))
        _ = await CommandRun("convert", Repository.example, folder.path("full.fhir.json"), "--personal-data")
        let published = try String(contentsOf: URL(filePath: folder.path("public.fhir.json")), encoding: .utf8)
        let full = try String(contentsOf: URL(filePath: folder.path("full.fhir.json")), encoding: .utf8)
        #expect(full.count > published.count)
        #expect(full.contains("\"system\":\"email\"") || full.contains("\"system\":\"phone\""))
    }
}
