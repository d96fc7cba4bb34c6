/// `mestring convert IN OUT`: reads a catalogue in one format and writes it in another.
struct ConvertCommand: Subcommand {
    let name = "convert"
    let summary = "Convert a catalogue between formats (chosen by file extension)."
    let help = """
        Usage: mestring convert IN OUT [--public]

        Reads the catalogue in IN and writes it to OUT, replacing OUT atomically.
        The formats follow from the paths: .json, .sqlite/.db, a folder or .csv file (CSV).

        Options:
          --public   leave personal data out: remove people's contact details and the names of
                     people who have not consented to be listed

        Examples:
          mestring convert catalog.json catalog.sqlite
          mestring convert catalog.sqlite public.json --public

        """
    let flagOptions: Set<String> = ["public"]

    func run(_ arguments: ArgumentList, console: any Console) async throws -> ExitCode {
        let paths = try arguments.requirePositional("in", "out")
        let source = try CatalogLocation(paths[0])
        let target = try CatalogLocation(paths[1])
        var catalog = try await source.load()
        if arguments.flag("public") { catalog = catalog.publicExport() }
        try await target.store().save(catalog)
        console.writeError("wrote \(catalog.offers.count) offers, \(catalog.recordCount) records to \(target.path)\n")
        return .success
    }
}
