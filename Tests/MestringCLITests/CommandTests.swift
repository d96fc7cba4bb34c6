import Foundation
import Testing
@testable import MestringCommandLine
import MestringTestSupport

@Suite("The mestring command")
struct CommandTests {
    @Test func showSummarisesTheExample() async {
        let run = await CommandRun("show", Repository.example)
        #expect(run.code == .success)
        #expect(run.output.contains("Offers by kind:"))
        #expect(run.output.contains("4601 Bergen"))
        #expect(run.errors.isEmpty)
    }

    @Test func convertJSONToJSONAndBackIsByteIdentical() async throws {
        let folder = try TemporaryFolder()
        let first = await CommandRun("convert", Repository.example, folder.path("a.json"))
        #expect(first.code == .success)
        let second = await CommandRun("convert", folder.path("a.json"), folder.path("b.json"))
        #expect(second.code == .success)
        let original = try Data(contentsOf: URL(filePath: Repository.example))
        #expect(try Data(contentsOf: URL(filePath: folder.path("a.json"))) == original)
        #expect(try Data(contentsOf: URL(filePath: folder.path("b.json"))) == original)
    }

    @Test func convertPublicLeavesContactsOut() async throws {
        let folder = try TemporaryFolder()
        let run = await CommandRun("convert", Repository.example, folder.path("public.json"), "--public")
        #expect(run.code == .success)
        let text = try String(contentsOf: URL(filePath: folder.path("public.json")), encoding: .utf8)
        #expect(!text.contains("\"contact\""))
    }

    @Test func queryFiltersByEveryOptionGiven() async {
        let run = await CommandRun("query", Repository.example, "--municipality", "4601", "--audience", "next-of-kin", "--format", "json")
        #expect(run.code == .success)
        let offers = try? JSONDecoder().decode([OfferSummary].self, from: Data(run.output.utf8))
        #expect(offers?.isEmpty == false)
        #expect(offers?.allSatisfy { $0.municipalities.contains("4601") && $0.audiences.contains("next-of-kin") } == true)
    }

    @Test func queryWithAMunicipalityNumberThatDoesNotExistSaysSo() async {
        let run = await CommandRun("query", Repository.example, "--municipality", "9999")
        #expect(run.code == .success)
        #expect(run.errors.contains("--municipality \"9999\" is not a Norwegian municipality number"), "\(run.errors)")
        let known = await CommandRun("query", Repository.example, "--municipality", "4601")
        #expect(!known.errors.contains("warning"))
    }

    @Test func helpSaysASingleCSVFileIsReadOnly() async {
        let run = await CommandRun("--help")
        #expect(run.output.contains("a .csv file of offers (read-only)"), "\(run.output)")
    }

    @Test func queryTextFindsNorwegianWordsCaseInsensitively() async {
        let upper = await CommandRun("query", Repository.example, "--text", "KOLS")
        let lower = await CommandRun("query", Repository.example, "--text", "kols")
        #expect(upper.output == lower.output)
        #expect(upper.output.contains("KOLS"))
    }

    @Test(arguments: [
        ["query", "catalog.json", "--audience", "pasient"],
        ["query", "catalog.json", "--limit", "many"],
        ["show"],
        ["show", "a.json", "b.json"],
        ["convert", "a.json"],
        ["show", "catalog.txt"],
        ["show", "catalog.json", "--verbose"],
        ["frobnicate"],
    ])
    func usageErrorsExitWithTwoAndExplain(_ arguments: [String]) async {
        let run = await CommandRun(arguments: arguments)
        #expect(run.code == .failure)
        #expect(!run.errors.isEmpty)
        #expect(run.output.isEmpty)
    }

    @Test func unknownAudienceListsTheAllowedValues() async {
        let run = await CommandRun("query", Repository.example, "--audience", "pasient")
        #expect(run.errors.contains("unknown audience \"pasient\"; expected one of patients, users, next-of-kin"))
    }

    @Test func missingFileIsAnInputError() async {
        let run = await CommandRun("show", "/nonexistent/catalog.json")
        #expect(run.code == .failure)
        #expect(run.errors.contains("/nonexistent/catalog.json: cannot read the file: no such file or folder"))
    }

    @Test func everySubcommandHasHelp() async {
        for subcommand in MestringTool.subcommands {
            let run = await CommandRun(subcommand.name, "--help")
            #expect(run.code == .success)
            #expect(run.output.hasPrefix("Usage: mestring \(subcommand.name)"))
        }
        let overview = await CommandRun("--help")
        #expect(overview.code == .success)
        #expect(overview.output.contains("Subcommands:"))
    }
}

/// The fields of an offer the query tests look at.
struct OfferSummary: Decodable {
    let municipalities: [String]
    let audiences: [String]
}

@Suite("mestring coverage")
struct CoverageCommandTests {
    @Test func countsTheExampleForEveryMunicipalityInEachFormat() async throws {
        let text = await CommandRun("coverage", Repository.example)
        #expect(text.code == .success)
        #expect(text.output.hasPrefix("coverage: 357 municipalities, 15 counties, 2 health trusts\n"))
        #expect(text.output.contains("\n  5001 Trondheim - Tråante: municipal 4 "))
        let csv = await CommandRun("coverage", Repository.example, "--format", "csv")
        let rows = csv.output.split(separator: "\r\n").count
        #expect(rows == 1 + 4 * (357 + 15 + 2))
        let json = await CommandRun("coverage", Repository.example, "--format", "json", "--language", "nb")
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect((object?["municipalities"] as? [Any])?.count == 357)
        let bad = await CommandRun("coverage", Repository.example, "--format", "xml")
        #expect(bad.code == .failure)
        #expect(bad.errors.contains("--format"))
    }
}
