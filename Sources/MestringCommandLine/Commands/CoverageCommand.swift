import MestringValidation

/// `mestring coverage FILE`: what every municipality, county and health trust is offered.
struct CoverageCommand: Subcommand {
    let name = "coverage"
    let summary = "Count what each municipality, county and health trust offers, by level, audience, language, mode and age."
    let help = """
        Usage: mestring coverage FILE [--format text|csv|json] [--language en|nb] [--mapping FILE|norwegian]

        Counts the offers of the catalogue in FILE (.json, .sqlite, CSV folder or .csv) for all of
        Norway's municipalities, every county and every health trust the catalogue's hospitals name.
        A municipality's own offers are those of municipal providers; voluntary, private and hospital
        offers are counted apart. Each count is broken down by lifestyle change and coping, next of
        kin and young next of kin, language (Sami languages in the administrative area for Sami
        languages), delivery mode and age group.

        Options:
          --format    text (default), csv (one row per area and level) or json
          --language  en (default) or nb, for text

        Example:
          mestring coverage Documentation/Examples/catalog.json --format csv > dekning.csv

        """

    let valueOptions: Set<String> = ["format", "language", "mapping"]

    func run(_ arguments: ArgumentList, context: CommandContext) async throws -> ExitCode {
        let console = context.console
        let path = try arguments.requirePositional("file")[0]
        let formatName = arguments.value("format") ?? "text"
        guard let format = CoverageFormat(rawValue: formatName) else {
            throw UsageError("--format: expected one of \(CoverageFormat.allCases.map(\.rawValue).joined(separator: ", ")), got '\(formatName)'")
        }
        let languageName = arguments.value("language") ?? "en"
        guard let language = ReportLanguage(rawValue: languageName) else { throw UsageError("--language: expected en or nb, got '\(languageName)'") }
        let catalog = try await context.location(path, csv: try CSVSettings(arguments)).load()
        console.write(CoverageTable(catalog: catalog).render(format, language: language))
        return .success
    }
}
