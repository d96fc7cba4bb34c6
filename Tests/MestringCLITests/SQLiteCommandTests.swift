import Foundation
import Mestring
import Testing
@testable import MestringCommandLine
import MestringJSON
import MestringSQLite
import MestringTestSupport

@Suite("mestring with SQLite")
struct SQLiteCommandTests {
    @Test func jsonToSQLiteAndBackIsByteIdentical() async throws {
        let folder = try TemporaryFolder()
        #expect(await CommandRun("convert", Repository.example, folder.path("catalog.sqlite")).code == .success)
        #expect(await CommandRun("convert", folder.path("catalog.sqlite"), folder.path("back.json")).code == .success)
        #expect(try Data(contentsOf: URL(filePath: folder.path("back.json"))) == Data(contentsOf: URL(filePath: Repository.example)))
    }

    /// `convert` hands the records of a JSON file to SQLite one by one; the database holds what
    /// saving the loaded catalogue gives.
    @Test func convertingRecordByRecordGivesWhatSavingTheLoadedCatalogueGives() async throws {
        let folder = try TemporaryFolder()
        #expect(await CommandRun("convert", Repository.example, folder.path("streamed.sqlite")).code == .success)
        let loaded = try await JSONCatalogStore(fileURL: URL(filePath: Repository.example)).load()
        let whole = try SQLiteCatalogStore(path: folder.path("whole.sqlite"))
        try await whole.save(loaded)
        #expect(try await SQLiteCatalogStore(path: folder.path("streamed.sqlite"), access: .readOnly).load() == loaded)
        #expect(try await whole.load() == loaded)
    }

    /// Only a format that reads record by record meets one that writes so: FHIR and HSDS files
    /// report what had no place in Mestring, CSV folders are written whole.
    @Test func convertTakesTheRecordByRecordWayFromJSONIntoSQLiteOnly() throws {
        let folder = try TemporaryFolder()
        let context = CommandContext(console: CapturingConsole(), formats: .standard)
        #expect(try context.location(Repository.example).recordSource() != nil)
        #expect(try context.location(folder.path("k.sqlite")).streamingStore() != nil)
        #expect(try context.location(folder.path("k.fhir.json")).recordSource() == nil)
        #expect(try context.location(folder.path("k.hsds.json")).recordSource() == nil)
        #expect(try context.location(folder.path("regneark")).streamingStore() == nil)
    }

    /// A broken record at the end of the file is found after every other record was written: the
    /// previous database stays as it was, byte for byte, with nothing beside it, and the error is the
    /// one reading the file gives (file, line:column, path). No new database is made.
    @Test func aBrokenLastRecordLeavesThePreviousDatabaseAndSaysWhere() async throws {
        let folder = try TemporaryFolder()
        var lines = try String(contentsOfFile: Repository.example, encoding: .utf8).components(separatedBy: "\n")
        let last = try #require(lines.lastIndex { $0.contains("\"kind\" : \"national-competence-service\"") })
        lines[last] = "      \"kind\" : \"nasjonal-tjeneste\","
        try lines.joined(separator: "\n").write(toFile: folder.path("broken.json"), atomically: true, encoding: .utf8)
        let target = folder.path("catalog.sqlite")
        #expect(await CommandRun("convert", Repository.brokenExample, target).code == .success)
        let before = try Data(contentsOf: URL(filePath: target))

        let convert = await CommandRun("convert", folder.path("broken.json"), target)
        let show = await CommandRun("show", folder.path("broken.json"))
        #expect(convert.code == .failure)
        #expect(convert.errors.replacing("mestring convert:", with: "mestring show:") == show.errors, "the error of reading the file, word for word")
        #expect(convert.errors.contains("broken.json:\(last + 1):"), "the line of the broken record")
        #expect(convert.errors.contains("providers["), "the path of the broken record")
        #expect(try Data(contentsOf: URL(filePath: target)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["broken.json", "catalog.sqlite"])

        #expect(await CommandRun("convert", folder.path("broken.json"), folder.path("new.sqlite")).code == .failure)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["broken.json", "catalog.sqlite"], "no new file")
    }

    @Test func fullTextQueryFindsNorwegianWords() async throws {
        let folder = try TemporaryFolder()
        _ = await CommandRun("convert", Repository.example, folder.path("catalog.db"))
        let sqlite = await CommandRun("query", folder.path("catalog.db"), "--text", "PÅRØRENDE", "--municipality", "4601")
        let json = await CommandRun("query", Repository.example, "--text", "pårørende", "--municipality", "4601")
        #expect(sqlite.code == .success)
        #expect(!sqlite.output.isEmpty)
        #expect(sqlite.output == json.output, "the SQLite store answers exactly what the JSON catalogue does")
    }

    @Test func readingCommandsNeverCreateADatabase() async throws {
        let folder = try TemporaryFolder()
        let run = await CommandRun("validate", folder.path("missing.sqlite"))
        #expect(run.code == .failure)
        #expect(!FileManager.default.fileExists(atPath: folder.path("missing.sqlite")))
    }
}
