import Foundation
import Testing
@testable import MestringCommandLine
import MestringTestSupport

@Suite("mestring with CSV")
struct CSVCommandTests {
    @Test(arguments: ["rfc4180", "excel"])
    func jsonToCSVAndBackIsByteIdentical(_ dialect: String) async throws {
        let folder = try TemporaryFolder()
        let toCSV = await CommandRun("convert", Repository.example, folder.path("regneark"), "--dialect", dialect)
        #expect(toCSV.code == .success)
        let back = await CommandRun("convert", folder.path("regneark"), folder.path("back.json"))
        #expect(back.code == .success, "\(back.errors)")
        #expect(try Data(contentsOf: URL(filePath: folder.path("back.json"))) == Data(contentsOf: URL(filePath: Repository.example)))
    }

    @Test func csvFolderValidatesLikeTheJSON() async throws {
        let folder = try TemporaryFolder()
        _ = await CommandRun("convert", Repository.brokenExample, folder.path("broken"))
        let run = await CommandRun("validate", folder.path("broken"))
        #expect(run.code == .findings)
        #expect(run.output.contains("[codesign.phases]"))
    }

    /// What a municipality's Excel gives: semicolons, a BOM, Norwegian headers, one bad row.
    static let norwegianExport = "\u{FEFF}" + """
        id;tittel;tilbudstype;form;organisasjonsnummer;tilbydernavn;fokus;metode;målgruppe;kommunenummer;språk\r
        bergen-1;Kurs for pårørende;group-programme;group;974 589 095;Bergen kommune;living-with;equal-footing;pårørende;4601;nb\r
        bergen-2;Leve med KOLS;group-programme;group;974 589 095;Bergen kommune;living-with;equal-footing;pasient og nabo;4601;nb\r
        bergen-3;Frisklivsresept;lifestyle-change;individual;974 589 095;Bergen kommune;theme;knowledge-transfer;users;4601;nb|en\r

        """

    @Test func importKeepsGoodRowsAndWritesRejectsWithReasons() async throws {
        let folder = try TemporaryFolder()
        try Data(Self.norwegianExport.utf8).write(to: URL(filePath: folder.path("tilbud.csv")))
        let run = await CommandRun(
            "import", folder.path("tilbud.csv"), folder.path("catalog.json"), "--mapping", "norwegian",
            "--rejects", folder.path("rejects"))
        #expect(run.code == .findings)
        #expect(run.errors.contains("importing"), "progress is shown")
        #expect(run.errors.contains("row 3"), "bergen-2 is the second data row: row 3 in Excel")
        #expect(run.errors.contains("unknown audience \"nabo\""))
        let show = await CommandRun("query", folder.path("catalog.json"), "--format", "json")
        let offers = try JSONDecoder().decode([OfferSummary].self, from: Data(show.output.utf8))
        #expect(offers.count == 2)
        let rejects = try FileManager.default.contentsOfDirectory(atPath: folder.path("rejects"))
        #expect(!rejects.isEmpty)
        let rejected = try String(contentsOf: URL(filePath: folder.path("rejects")).appending(path: rejects[0]), encoding: .utf8)
        #expect(rejected.contains("Leve med KOLS"))
        #expect(rejected.contains("mestring_problems"))
    }

    @Test func strictImportStopsAtTheFirstBadRow() async throws {
        let folder = try TemporaryFolder()
        try Data(Self.norwegianExport.utf8).write(to: URL(filePath: folder.path("tilbud.csv")))
        let run = await CommandRun("import", folder.path("tilbud.csv"), folder.path("catalog.json"), "--mapping", "norwegian", "--mode", "strict")
        #expect(run.code == .failure)
        #expect(run.errors.contains("unknown audience \"nabo\""))
        #expect(!FileManager.default.fileExists(atPath: folder.path("catalog.json")))
    }
}
