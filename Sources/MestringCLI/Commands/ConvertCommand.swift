/// `mestring convert IN OUT`: reads a catalogue in one format and writes it in another.
struct ConvertCommand: Subcommand {
    let name = "convert"
    let summary = "Convert a catalogue between formats (chosen by file extension)."
    var help: String {
        """
        Usage: mestring convert IN OUT [--public] [--dialect excel|rfc4180] [--mapping FILE|norwegian]

        Reads the catalogue in IN and writes it to OUT, replacing OUT atomically.
        The formats follow from the paths: .json, .sqlite/.db, a folder (CSV), or a .csv file of
        offers, which can be read but not written (OUT must be a folder for CSV).

        Options:
          --public                 leave personal data out: remove people's contact details, and
                                   the names, ids and health details of people who have not
                                   consented to be listed
        \(CSVSettings.help)

        Examples:
          mestring convert catalog.json catalog.sqlite
          mestring convert catalog.sqlite public.json --public
          mestring convert catalog.json regneark/ --dialect excel

        """
    }
    let valueOptions = CSVSettings.valueOptions
    let flagOptions: Set<String> = ["public"]

    func run(_ arguments: ArgumentList, console: any Console) async throws -> ExitCode {
        let paths = try arguments.requirePositional("in", "out")
        let csv = try CSVSettings(arguments)
        let source = try CatalogLocation(paths[0], csv: csv)
        let target = try CatalogLocation(paths[1], csv: csv)
        var catalog = try await source.load()
        if arguments.flag("public") { catalog = catalog.publicExport() }
        try await target.store().save(catalog)
        console.writeError("wrote \(catalog.offers.count) offers, \(catalog.recordCount) records to \(target.path)\n")
        return .success
    }
}
