import Foundation
import Mestring
import MestringAdapterKit
import MestringJSON
import MestringValidation

/// `mestring validate FILE`: checks a catalogue against the co-design rules.
struct ValidateCommand: Subcommand {
    let name = "validate"
    let summary = "Check a catalogue against the co-design rules; exit 1 when there are errors."
    var help: String {
        """
        Usage: mestring validate FILE [--profile NAME] [--format FORMAT] [--language en|nb] [--worklist FILE.csv]

        Checks the catalogue in FILE against the co-design rules of user involvement
        (brukermedvirkning) and the integrity and access rules, and prints the findings, each
        where a person edits it: the line of a JSON file, the table file and row of a CSV folder
        (katalog/offers.csv row 7, the header being row 1).
        Exits 1 when there are errors, 0 otherwise (warnings and advice do not fail).

        Options:
          --profile NAME       \(ValidationProfile.builtIn.map(\.name).joined(separator: " | ")) (default national;
                               strict turns warnings into errors, for publishing)
          --format FORMAT      text (default) | json | sarif (SARIF 2.1.0 for CI and editors)
                               | compiler (path:line: error: … lines on standard error)
          --language en|nb     language of messages (default en)
          --worklist FILE.csv  also write the findings as a list to fix in Excel (UTF-8, ;):
                               fill in riktig_verdi, save, and mestring import FILE.csv --into FILE
          --stamp FILE         write FILE when there are no errors (for build tools)
          --skip-other-files   succeed silently when FILE is not a Mestring catalogue
          --mapping FILE|norwegian  your own CSV column names (see mestring convert --help)

        Examples:
          mestring validate Documentation/Examples/catalog.json
          mestring validate catalog.json --profile strict --format sarif > findings.sarif
          mestring validate catalog.json --worklist fiks.csv

        """
    }
    let valueOptions: Set<String> = ["profile", "format", "language", "stamp", "mapping", "worklist"]
    let flagOptions: Set<String> = ["skip-other-files"]

    func run(_ arguments: ArgumentList, context: CommandContext) async throws -> ExitCode {
        let console = context.console
        let path = try arguments.requirePositional("file")[0]
        let profileName = arguments.value("profile") ?? "national"
        guard let profile = ValidationProfile.named(profileName) else {
            throw UsageError("--profile: unknown profile '\(profileName)'; expected one of "
                + ValidationProfile.builtIn.map(\.name).joined(separator: ", "))
        }
        let formatName = arguments.value("format") ?? "text"
        guard let format = ReportFormat(rawValue: formatName) else {
            throw UsageError("--format: expected one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")), got '\(formatName)'")
        }
        let languageName = arguments.value("language") ?? "en"
        guard let language = ReportLanguage(rawValue: languageName) else { throw UsageError("--language: expected en or nb, got '\(languageName)'") }

        let location = try context.location(path, csv: try CSVSettings(arguments))
        let catalog: Catalog
        // For JSON the checked text is kept, to find the lines of findings without a second read.
        var document: JSONDocument?
        do {
            if location.format.names == CatalogFormat.json.names {
                (catalog, document) = try JSONCatalogFile(url: location.url).readWithDocument()
            } else {
                catalog = try await location.load()
            }
        } catch let error as StoreError where arguments.flag("skip-other-files") && error.kind == .unsupportedVersion && error.field == "format" {
            try writeStamp(arguments.value("stamp"))
            return .success
        }
        let report = Validator(profile: profile).validate(catalog)
        // Places are looked up only when there is a finding to point at; for JSON in the text
        // already read, all at once, for other formats by the format's own locator.
        let locate: FindingLocator?
        if report.findings.isEmpty {
            locate = nil
        } else if let document {
            let locator = JSONFindingLocator(path: location.url.relativePath, document: document, findings: report.findings)
            locate = { locator($0) }
        } else {
            locate = try location.findingLocator()
        }
        let output = report.render(format, language: language, locate: locate)
        if format == .compiler { console.writeError(output) } else { console.write(output) }
        if let worklist = arguments.value("worklist") {
            let list = Worklist(report: report, catalog: catalog)
            try AtomicWrite.file(at: URL(filePath: worklist), contents: list.csvData)
            console.writeError(
                "wrote \(list.rows.count) finding\(list.rows.count == 1 ? "" : "s") to \(worklist); fill in riktig_verdi, save, "
                    + "and run mestring import \(worklist) --into \(path)\n")
        }
        if report.hasErrors { return .findings }
        try writeStamp(arguments.value("stamp"))
        return .success
    }

    private func writeStamp(_ path: String?) throws {
        guard let path else { return }
        try AtomicWrite.file(at: URL(filePath: path), contents: Data("validated\n".utf8))
    }
}
