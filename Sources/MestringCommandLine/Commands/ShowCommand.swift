/// `mestring show FILE`: a readable summary of a catalogue.
struct ShowCommand: Subcommand {
    let name = "show"
    let summary = "Print a summary of a catalogue: counts by kind, level, audience and municipality."
    let help = """
        Usage: mestring show FILE [--mapping FILE|norwegian]

        Prints a summary of the catalogue in FILE (.json, .sqlite, CSV folder or .csv):
        counts of offers by kind, level, audience, focus and municipality.

        Example:
          mestring show Documentation/Examples/catalog.json

        """

    let valueOptions: Set<String> = ["mapping"]

    func run(_ arguments: ArgumentList, context: CommandContext) async throws -> ExitCode {
        let console = context.console
        let path = try arguments.requirePositional("file")[0]
        let catalog = try await context.location(path, csv: try CSVSettings(arguments)).load()
        console.write(CatalogSummary(catalog: catalog).text)
        return .success
    }
}
