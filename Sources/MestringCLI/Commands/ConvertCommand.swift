import Mestring

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
          mestring convert catalog.json tilbud.hsds.json
          mestring convert catalog.json eksport/ --format hsds-csv
          mestring convert feed.hsds.json catalog.json

        """
    }
    let valueOptions = CSVSettings.valueOptions.union(["format"])
    let flagOptions: Set<String> = ["public", "include-personal-data"]

    func run(_ arguments: ArgumentList, console: any Console) async throws -> ExitCode {
        let paths = try arguments.requirePositional("in", "out")
        let csv = try CSVSettings(arguments)
        let source = try CatalogLocation(paths[0], csv: csv)
        let explicit = try arguments.value("format").map { name throws(UsageError) in
            guard let format = CatalogLocation.Format(rawValue: name) else {
                throw UsageError("--format: expected json, csv, sqlite, hsds or hsds-csv, got '\(name)'")
            }
            return format
        }
        var target = try CatalogLocation(paths[1], csv: csv, format: explicit)
        target.includesPersonalData = arguments.flag("include-personal-data")
        var catalog: Catalog
        if let (read, report) = try source.loadWithHSDSReport() {
            catalog = read
            for item in report.unmapped { console.writeError("no place in Mestring: \(item)\n") }
            for item in report.assumed { console.writeError("assumed: \(item)\n") }
        } else {
            catalog = try await source.load()
        }
        if arguments.flag("public") { catalog = catalog.publicExport() }
        try await target.store().save(catalog)
        console.writeError("wrote \(catalog.offers.count) offers, \(catalog.recordCount) records to \(target.path)\n")
        return .success
    }
}
