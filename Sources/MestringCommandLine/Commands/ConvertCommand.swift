/// `mestring convert IN OUT`: reads a catalogue in one format and writes it in another.
struct ConvertCommand: Subcommand {
    let name = "convert"
    let summary = "Convert a catalogue between formats (chosen by file extension)."
    var help: String {
        """
        Usage: mestring convert IN OUT [--format FORMAT] [--public] [--personal-data]
                                [--dialect excel|rfc4180] [--mapping FILE|norwegian]

        Reads the catalogue in IN and writes it to OUT, replacing OUT atomically.
        The formats follow from the paths: .json, .fhir.json (FHIR Bundle), .ndjson (FHIR NDJSON),
        .hsds.json (HSDS 3.0 document), a folder ending in -hsds (HSDS tabular package),
        .sqlite/.db, a folder (CSV), or a .csv file of offers, which can be read but not written
        (OUT must be a folder for CSV).

        Options:
          --format FORMAT          the format of OUT: json | csv | sqlite | fhir | fhir-ndjson | hsds | hsds-csv
          --personal-data          FHIR and HSDS: also write people's contact details and the
                                   names of people who have not consented to be listed (FHIR and
                                   HSDS files hold the public export unless asked)
          --public                 leave personal data out: remove people's contact details, and
                                   the names, ids and health details of people who have not
                                   consented to be listed
        \(CSVSettings.help)

        Examples:
          mestring convert catalog.json catalog.sqlite
          mestring convert catalog.sqlite public.json --public
          mestring convert catalog.json regneark/ --dialect excel
          mestring convert catalog.json katalog.fhir.json
          mestring convert catalog.json katalog.ndjson --format fhir-ndjson

        """
    }
    let valueOptions = CSVSettings.valueOptions.union(["format"])
    let flagOptions: Set<String> = ["public", "personal-data"]

    func run(_ arguments: ArgumentList, console: any Console) async throws -> ExitCode {
        let paths = try arguments.requirePositional("in", "out")
        let csv = try CSVSettings(arguments)
        let source = try CatalogLocation(paths[0], csv: csv)
        var format: CatalogLocation.Format?
        if let name = arguments.value("format") {
            guard let named = CatalogLocation.Format(rawValue: name) else {
                throw UsageError("--format: expected json, csv, sqlite, fhir, fhir-ndjson, hsds or hsds-csv, got '\(name)'")
            }
            format = named
        }
        var target = try CatalogLocation(paths[1], csv: csv, format: format)
        target.includesPersonalData = arguments.flag("personal-data")
        let loaded = try await source.loadWithReport()
        var catalog = loaded.catalog
        if !loaded.report.isEmpty {
            console.writeError("not imported (no place in Mestring):\n\(loaded.report)\n")
        }
        if arguments.flag("public") { catalog = catalog.publicExport() }
        try await target.store().save(catalog)
        console.writeError("wrote \(catalog.offers.count) offers, \(catalog.recordCount) records to \(target.path)\n")
        return .success
    }
}
