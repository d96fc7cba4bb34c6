import Foundation
import Mestring
import MestringAdapterKit

/// `mestring convert IN OUT`: reads a catalogue in one format and writes it in another.
struct ConvertCommand: Subcommand {
    let name = "convert"
    let summary = "Convert a catalogue between formats (chosen by file extension)."
    var help: String {
        """
        Usage: mestring convert IN OUT [--format FORMAT] [--public] [--personal-data]
                                [--dialect excel|rfc4180] [--mapping FILE|norwegian]

        Reads the catalogue in IN and writes it to OUT, replacing OUT atomically.
        The formats follow from the paths (see Formats below): e.g. .json, .fhir.json (FHIR Bundle),
        .ndjson (FHIR NDJSON), .hsds.json (HSDS 3.0 document), a folder ending in -hsds (HSDS
        tabular package), .sqlite/.db, a folder (CSV), or a .csv file of offers, which can be read
        but not written (OUT must be a folder for CSV).

        A Mestring JSON file is written into SQLite record by record as it is read: the
        conversion holds the file's text, never a second, decoded copy of the catalogue. With
        --public, which needs every person before any offer, and from formats that report what
        they could not import (FHIR, HSDS), the catalogue is loaded whole first. When reading
        fails, also at the last record, OUT is left as it was (a new file is not made) and the
        error names the file, line, column and field, as `mestring show IN` would.

        Options:
          --format FORMAT          the format of OUT, by name (Formats below), when its path does
                                   not say it
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

    func run(_ arguments: ArgumentList, context: CommandContext) async throws -> ExitCode {
        let console = context.console
        let paths = try arguments.requirePositional("in", "out")
        let csv = try CSVSettings(arguments)
        let source = try context.location(paths[0], csv: csv)
        let format = arguments.value("format")
        if let format, context.formats.format(named: format) == nil {
            throw UsageError("--format: expected one of \(context.formats.writableFormatNames.joined(separator: ", ")), got '\(format)'")
        }
        var target = try context.location(paths[1], csv: csv, format: format)
        target.request.includesPersonalData = arguments.flag("personal-data")
        try target.requireWritable()
        if !arguments.flag("public"), let records = try source.recordSource() {
            if target.isNew {
                if try await convert(records, intoNew: target, console: console) { return .success }
            } else if let store = try target.streamingStore() {
                report(try await save(records, into: store), to: target, console: console)
                return .success
            }
        }
        let loaded = try await source.loadWithReport()
        var catalog = loaded.catalog
        if !loaded.notImported.isEmpty {
            console.writeError("not imported (no place in Mestring):\n\(loaded.notImported)\n")
        }
        if arguments.flag("public") { catalog = catalog.publicExport() }
        try await target.store().save(catalog)
        console.writeError("wrote \(catalog.offers.count) offers, \(catalog.recordCount) records to \(target.path)\n")
        return .success
    }

    /// Hands the records over one by one as they are read, so that the catalogue is never held
    /// whole (a national JSON file into SQLite). The store keeps its previous content when reading
    /// fails.
    /// - Returns: how many offers and records were written.
    private func save(_ records: some CatalogRecordSource, into store: some StreamingCatalogStore) async throws -> (offers: Int, records: Int) {
        let count = RecordCount()
        try await store.save(from: count.counting(records))
        return count.value
    }

    private func report(_ written: (offers: Int, records: Int), to target: CatalogLocation, console: any Console) {
        console.writeError("wrote \(written.offers) offers, \(written.records) records to \(target.path)\n")
    }

    /// Converts record by record into a new file: into a staged copy beside it, put in place only
    /// when complete, so that a read that fails half-way leaves nothing where there was nothing.
    /// The copy is linked into place, never renamed over a file: when another program made the
    /// file meanwhile, its file is kept and this conversion refused as a conflict. `false` when the
    /// format cannot take records one by one.
    private func convert(_ records: some CatalogRecordSource, intoNew target: CatalogLocation, console: any Console) async throws -> Bool {
        let folder = target.url.deletingLastPathComponent()
        let naming = StagingName(target: target.url.lastPathComponent)
        // What a killed conversion into the same file left, as every staged write removes it.
        naming.removeLeftovers(in: folder)
        let staged = folder.appending(path: naming.make())
        defer { for name in [staged.path, staged.path + "-journal"] { try? FileManager.default.removeItem(atPath: name) } }
        guard let store = try target.streamingStore(at: staged) else { return false }
        let written = try await save(records, into: store)
        guard link(staged.path, target.url.path) == 0 else {
            if errno == EEXIST {
                throw StoreError(
                    .conflict, "another program saved the catalogue here while this one converted; nothing was written, so that program's catalogue is kept",
                    file: target.path)
            }
            throw SystemFailure.lastError("put the written file in place", file: target.path)
        }
        report(written, to: target, console: console)
        return true
    }
}
