import Foundation
import Testing
@testable import MestringCommandLine
import MestringTestSupport

@Suite("mestring with SQLite")
struct SQLiteCommandTests {
    @Test func jsonToSQLiteAndBackIsByteIdentical() async throws {
        let folder = try TemporaryFolder()
        #expect(await CommandRun("convert", Repository.example, folder.path("catalog.sqlite")).code == .success)
        #expect(await CommandRun("convert", folder.path("catalog.sqlite"), folder.path("back.json")).code == .success)
        #expect(try Data(contentsOf: URL(filePath: folder.path("back.json"))) == Data(contentsOf: URL(filePath: Repository.example)))
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
