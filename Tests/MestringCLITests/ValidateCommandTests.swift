import Foundation
import Testing
@testable import MestringCommandLine
import MestringTestSupport

@Suite("mestring validate")
struct ValidateCommandTests {
    @Test func cleanExampleHasNoErrors() async {
        let run = await CommandRun("validate", Repository.example)
        #expect(run.code == .success)
        #expect(run.output.contains("0 errors, 0 warnings, 0 advice (profile national)"))
    }

    /// The broken example's report is shown in the documentation; it must be what the command prints.
    @Test func brokenExamplePrintsTheDocumentedReport() async throws {
        let run = await CommandRun("validate", "Documentation/Examples/catalog-broken.json")
        #expect(run.code == .findings)
        let documented = try String(
            contentsOf: Repository.root.appending(path: "Documentation/Examples/catalog-broken.report.txt"), encoding: .utf8)
        #expect(run.output == documented)
    }

    @Test func sarifIsValidJSONWithResults() async throws {
        let run = await CommandRun("validate", Repository.brokenExample, "--format", "sarif")
        #expect(run.code == .findings)
        let log = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect(log?["version"] as? String == "2.1.0")
    }

    @Test func compilerFormatPointsAtFileAndLine() async {
        let run = await CommandRun("validate", Repository.brokenExample, "--format", "compiler")
        #expect(run.code == .findings)
        #expect(run.output.isEmpty)
        #expect(run.errors.split(separator: "\n").allSatisfy { $0.contains("catalog-broken.json:") && $0.contains(": ") })
        #expect(run.errors.contains(": error: offers[0].involvement: "))
    }

    @Test func stampIsWrittenOnlyWhenThereAreNoErrors() async throws {
        let folder = try TemporaryFolder()
        _ = await CommandRun("validate", Repository.example, "--stamp", folder.path("clean.stamp"))
        _ = await CommandRun("validate", Repository.brokenExample, "--stamp", folder.path("broken.stamp"))
        #expect(FileManager.default.fileExists(atPath: folder.path("clean.stamp")))
        #expect(!FileManager.default.fileExists(atPath: folder.path("broken.stamp")))
    }

    @Test func otherJSONFilesAreSkippedOnlyWhenAsked() async throws {
        let folder = try TemporaryFolder()
        try Data("{\"theme\": \"dark\"}".utf8).write(to: URL(filePath: folder.path("settings.json")))
        let skipped = await CommandRun("validate", folder.path("settings.json"), "--skip-other-files")
        #expect(skipped.code == .success)
        #expect(skipped.output.isEmpty && skipped.errors.isEmpty)
        let refused = await CommandRun("validate", folder.path("settings.json"))
        #expect(refused.code == .failure)
        #expect(refused.errors.contains("not a Mestring catalogue"))
    }

    @Test func strictProfileAndNorwegianMessages() async {
        let run = await CommandRun("validate", Repository.brokenExample, "--profile", "strict", "--language", "nb")
        #expect(run.code == .findings)
        #expect(run.output.contains("(profil strict)"))
        let unknown = await CommandRun("validate", Repository.example, "--profile", "lax")
        #expect(unknown.code == .failure)
        #expect(unknown.errors.contains("expected one of national, strict"))
    }
}
