import Foundation
import Testing
@testable import MestringCommandLine
import MestringTestSupport

/// A municipality imports its sheet every month into the same catalogue: what changed is printed,
/// a dry run writes nothing, and only the sheet's own records leave when the sheet drops them.
@Suite("import --into merges a source into a catalogue of any writable format")
struct MergeCommandTests {
    static let nextMonth = [
        "tittel;beskrivelse;kommunenummer;målgruppe;tilbudstype;organisasjonsnummer;språk",
        // Leve med diabetes is now also for users; SMIL has left the sheet; a new offer comes.
        "Leve med diabetes;Kurs for deg som har diabetes type 2;4601;\"pasient;pårørende;bruker\";gruppe;974589095;\"nb;nn\"",
        "Pårørendeskolen;;4601;Pårørende / Brukere;kurs;974589095;nb",
        "Snakk om det;Samtalegruppe for unge;4601;unge pårørende;samtalegruppe;974589095;nb",
    ].joined(separator: "\r\n") + "\r\n"

    /// An offer from the hospital's own export, merged into the same catalogue.
    static let hospitalSheet = [
        "tittel;kommunenummer;målgruppe;tilbudstype;organisasjonsnummer",
        "Hjertesviktskole;4601;pasient;kurs;983974724",
    ].joined(separator: "\r\n") + "\r\n"

    /// Every file under `url` with its bytes: what "writes nothing" is checked against.
    static func snapshot(_ url: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey])
        while let file = enumerator?.nextObject() as? URL {
            guard try file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[file.path] = try Data(contentsOf: file)
        }
        return files
    }

    @Test(arguments: ["catalog.json", "catalog.sqlite", "katalog"])
    func dryRunChangedFieldsAndRemoveMissingOnlyForTheSameSource(_ name: String) async throws {
        let folder = try TemporaryFolder()
        let catalog = folder.path(name)
        try Data(MunicipalSpreadsheetTests.spreadsheet.utf8).write(to: URL(filePath: folder.path("tilbud.csv")))
        try Data(Self.hospitalSheet.utf8).write(to: URL(filePath: folder.path("sykehus.csv")))
        let first = await CommandRun("import", folder.path("tilbud.csv"), catalog, "--mapping", "norwegian")
        #expect(first.code == .success, "\(first.errors)")
        let hospital = await CommandRun("import", folder.path("sykehus.csv"), "--into", catalog, "--mapping", "norwegian")
        #expect(hospital.code == .success, "\(hospital.errors)")
        #expect(hospital.output.contains("added      offer 983974724-hjertesviktskole"))

        try Data(Self.nextMonth.utf8).write(to: URL(filePath: folder.path("tilbud.csv")))
        let before = try Self.snapshot(folder.url)
        let dryRun = await CommandRun(
            "import", folder.path("tilbud.csv"), "--into", catalog, "--mapping", "norwegian", "--dry-run", "--remove-missing")
        #expect(dryRun.code == .success, "\(dryRun.errors)")
        #expect(try Self.snapshot(folder.url) == before, "a dry run writes nothing")
        let expected = [
            "  changed    offer 974589095-leve-med-diabetes: audiences",
            "  added      offer 974589095-snakk-om-det",
            "  removed    offer 974589095-smil-barn-som-parorende: no longer in tilbud.csv",
        ]
        for line in expected { #expect(dryRun.output.contains(line + "\n"), "\(dryRun.output)") }
        #expect(dryRun.output.contains("1 added, 1 changed, 2 unchanged, 1 no longer in the source, removed"))
        #expect(!dryRun.output.contains("hjertesviktskole"), "the hospital's offer is not the sheet's to remove")

        let keeping = await CommandRun("import", folder.path("tilbud.csv"), "--into", catalog, "--mapping", "norwegian")
        #expect(keeping.output.contains("  missing    offer 974589095-smil-barn-som-parorende: no longer in tilbud.csv; kept"))
        #expect(try await ids(in: catalog).contains("974589095-smil-barn-som-parorende"), "kept without --remove-missing")

        let removing = await CommandRun(
            "import", folder.path("tilbud.csv"), "--into", catalog, "--mapping", "norwegian", "--remove-missing")
        #expect(removing.code == .success, "\(removing.errors)")
        #expect(removing.output.contains("  removed    offer 974589095-smil-barn-som-parorende"))
        #expect(
            try await ids(in: catalog)
                == ["974589095-leve-med-diabetes", "974589095-parorendeskolen", "983974724-hjertesviktskole", "974589095-snakk-om-det"])

        let again = await CommandRun("import", folder.path("tilbud.csv"), "--into", catalog, "--mapping", "norwegian", "--remove-missing")
        #expect(again.output.contains("0 added, 0 changed, 4 unchanged"))
        #expect(again.output.contains("nothing was written"))
    }

    @Test func aRejectedRowIsNeverTakenForAMissingOne() async throws {
        let folder = try TemporaryFolder()
        try Data(MunicipalSpreadsheetTests.spreadsheet.utf8).write(to: URL(filePath: folder.path("tilbud.csv")))
        _ = await CommandRun("import", folder.path("tilbud.csv"), folder.path("catalog.json"), "--mapping", "norwegian")
        let broken = MunicipalSpreadsheetTests.spreadsheet.replacingOccurrences(of: "barn som pårørende og familie", with: "naboer")
        try Data(broken.utf8).write(to: URL(filePath: folder.path("tilbud.csv")))
        let run = await CommandRun(
            "import", folder.path("tilbud.csv"), "--into", folder.path("catalog.json"), "--mapping", "norwegian", "--remove-missing")
        #expect(run.code == .findings)
        #expect(run.errors.contains("records missing from the source are kept this time"))
        #expect(try await ids(in: folder.path("catalog.json")).count == 3)
    }

    @Test func intoACatalogueThatIsNotThereSaysHowToStart() async throws {
        let folder = try TemporaryFolder()
        try Data(MunicipalSpreadsheetTests.spreadsheet.utf8).write(to: URL(filePath: folder.path("tilbud.csv")))
        let run = await CommandRun("import", folder.path("tilbud.csv"), "--into", folder.path("catalog.json"), "--mapping", "norwegian")
        #expect(run.code == .failure)
        #expect(run.errors.contains("leave out --into"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("catalog.json")))
    }

    func ids(in path: String) async throws -> [String] {
        let location = try CatalogLocation(path, formats: .standard)
        return try await location.load().offers.map(\.id.rawValue)
    }
}
