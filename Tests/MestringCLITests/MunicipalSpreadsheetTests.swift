import Foundation
import Testing
@testable import MestringCommandLine
import MestringTestSupport

/// A municipality's own spreadsheet, as Excel saves it ("CSV (semikolondelt)"): no identifiers, no
/// kind, format, focus or method, Norwegian words in the cells.
@Suite("A municipality's own spreadsheet gets in")
struct MunicipalSpreadsheetTests {
    static let spreadsheet = [
        "tittel;beskrivelse;kommunenummer;målgruppe;tilbudstype;organisasjonsnummer;språk",
        "Leve med diabetes;Kurs for deg som har diabetes type 2;4601;\"pasient;pårørende\";gruppe;974589095;\"nb;nn\"",
        "SMIL – barn som pårørende;Samtalegruppe for familier;4601;barn som pårørende og familie;Samtalegruppe;974 589 095;nb",
        "Pårørendeskolen;;4601;Pårørende / Brukere;kurs;974589095;nb",
    ].joined(separator: "\r\n") + "\r\n"

    func offers(in path: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(filePath: path))) as? [String: Any]
        return object?["offers"] as? [[String: Any]] ?? []
    }

    @Test(arguments: ["utf-8", "windows-1252"])
    func importsWithStableIdentifiersAndReportsWhatIsNotStated(_ encoding: String) async throws {
        let folder = try TemporaryFolder()
        let bytes =
            encoding == "utf-8"
            ? Data([0xEF, 0xBB, 0xBF] + Array(Self.spreadsheet.utf8)) : try #require(Self.spreadsheet.data(using: .windowsCP1252))
        try bytes.write(to: URL(filePath: folder.path("tilbud.csv")))

        let run = await CommandRun("import", folder.path("tilbud.csv"), folder.path("catalog.json"), "--mapping", "norwegian")
        #expect(run.code == .success, "\(run.errors)")
        let offers = try offers(in: folder.path("catalog.json"))
        #expect(
            offers.map { $0["id"] as? String }
                == ["974589095-leve-med-diabetes", "974589095-smil-barn-som-parorende", "974589095-parorendeskolen"])
        #expect(offers.map { $0["audiences"] as? [String] } == [["patients", "next-of-kin"], ["young-next-of-kin", "families"], ["next-of-kin", "users"]])
        #expect(offers.map { $0["kind"] as? String } == ["group-programme", "peer-group", "group-programme"])
        #expect(offers[0]["languages"] as? [String] == ["nb", "nn"])
        #expect(offers.allSatisfy { $0["format"] == nil && $0["focus"] == nil && $0["method"] == nil }, "not stated, not guessed")

        let validation = await CommandRun("validate", folder.path("catalog.json"))
        let completeness = validation.output.split(separator: "\n").filter { $0.hasSuffix("[completeness.stated]") }
        #expect(completeness.count == 3 * 3 + 1, "format, focus and method of each offer, and the provider's kind")
        #expect(completeness.allSatisfy { $0.contains("warning") })

        let again = await CommandRun("import", folder.path("tilbud.csv"), folder.path("again.json"), "--mapping", "norwegian")
        #expect(again.code == .success)
        #expect(try Data(contentsOf: URL(filePath: folder.path("again.json"))) == Data(contentsOf: URL(filePath: folder.path("catalog.json"))))
    }

    @Test func aWordNobodyKnowsIsRejectedWithTheRowNotDropped() async throws {
        let folder = try TemporaryFolder()
        let text = Self.spreadsheet.replacingOccurrences(of: "Pårørende / Brukere", with: "Pårørende / naboer")
        try Data(text.utf8).write(to: URL(filePath: folder.path("tilbud.csv")))
        let run = await CommandRun("import", folder.path("tilbud.csv"), folder.path("catalog.json"), "--mapping", "norwegian")
        #expect(run.code == .findings)
        #expect(run.errors.contains("unknown audience \"naboer\""))
        #expect(try offers(in: folder.path("catalog.json")).count == 2)
        #expect(FileManager.default.fileExists(atPath: folder.path("catalog.json.rejects")))
    }
}
