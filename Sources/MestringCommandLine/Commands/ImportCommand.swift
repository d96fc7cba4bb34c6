import Foundation
import Mestring
import MestringCSV

/// `mestring import SOURCE OUT`: imports a spreadsheet export, reporting every bad row.
struct ImportCommand: Subcommand {
    let name = "import"
    let summary = "Import CSV (a folder or one offers.csv) with progress, keeping good rows and reporting bad ones."
    var help: String {
        """
        Usage: mestring import SOURCE OUT [OPTIONS]
               mestring import SOURCE --into CATALOGUE [--dry-run] [--remove-missing] [OPTIONS]

        Imports the CSV folder or offers.csv file SOURCE and writes the catalogue to OUT (.json,
        .sqlite, or a CSV folder). Progress goes to standard error. In collecting mode (the
        default) every good row is imported and every bad row is written, with its reasons, to a
        rejects folder you can fix and import again; no row is silently dropped or altered.
        Exits 1 when rows were rejected, 2 when the import could not run.

        With --into, SOURCE is merged into the existing CATALOGUE (any format Mestring can write)
        by identifier, and what was added, changed (which fields), unchanged and no longer in the
        source is printed. A value SOURCE leaves empty keeps what the catalogue has. Records SOURCE
        supplied before and no longer has are removed only with --remove-missing, and only those
        that came from SOURCE (the catalogue remembers where each record came from). SOURCE may
        also be a worklist filled in by hand (mestring validate --worklist): its right values are
        set in the catalogue.

        Options:
          --into CATALOGUE             merge into this catalogue instead of writing OUT
          --dry-run                    with --into: print what would change, write nothing
          --remove-missing             with --into: remove records that SOURCE supplied before and no longer has
          --source NAME                the name the catalogue remembers SOURCE by (default: its file name)
          --mode collecting|strict     collect bad rows (default) or stop at the first one
          --rejects FOLDER             where rejected rows go (default: OUT.rejects or CATALOGUE.rejects)
          --unknown-columns reject|warn  stop at unknown columns (default) or warn and skip them
          --encoding utf-8|windows-1252  the file's encoding (default: detected)
          --separator comma|semicolon|tab  the separator (default: detected from the header)
        \(CSVSettings.help)

        Examples:
          mestring import tilbud.csv catalog.json --mapping norwegian
          mestring import tilbud.csv --into catalog.json --mapping norwegian --dry-run
          mestring import fiks.csv --into catalog.json

        """
    }
    let valueOptions: Set<String> = CSVSettings.valueOptions.union(["mode", "rejects", "unknown-columns", "encoding", "separator", "into", "source"])
    let flagOptions: Set<String> = ["dry-run", "remove-missing"]

    func options(_ arguments: ArgumentList) throws -> CSVImportOptions {
        var options = CSVImportOptions(mapping: try CSVSettings(arguments).mapping)
        options.mode = try parse(arguments.value("mode") ?? "collecting", option: "mode", allowed: "collecting or strict")
        options.unknownColumns = try parse(arguments.value("unknown-columns") ?? "reject", option: "unknown-columns", allowed: "reject or warn")
        if let encoding = arguments.value("encoding") {
            options.reading.encoding = try parse(encoding, option: "encoding", allowed: "utf-8 or windows-1252")
        }
        if let separator = arguments.value("separator") {
            guard let value = CSVSeparator.allCases.first(where: { $0.name == separator }) else {
                throw UsageError("--separator: expected comma, semicolon or tab, got '\(separator)'")
            }
            options.reading.separator = value
        }
        return options
    }

    private func parse<Value: RawRepresentable>(_ text: String, option: String, allowed: String) throws(UsageError) -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: text) else { throw UsageError("--\(option): expected \(allowed), got '\(text)'") }
        return value
    }

    func run(_ arguments: ArgumentList, context: CommandContext) async throws -> ExitCode {
        if let into = arguments.value("into") { return try await merge(arguments, context: context, into: into) }
        if arguments.flag("dry-run") || arguments.flag("remove-missing") {
            throw UsageError("--dry-run and --remove-missing go with --into CATALOGUE")
        }
        let console = context.console
        let paths = try arguments.requirePositional("source", "out")
        let target = try context.location(paths[1], csv: try CSVSettings(arguments))
        let report = try importSource(paths[0], arguments, console: console)
        var catalog = report.catalog
        // Remembered from the first import on, so that the next import --into can remove what the source dropped.
        catalog.sources.setSource(sourceName(arguments, paths[0]), ofEveryRecordIn: catalog)
        try await target.store().save(catalog)
        console.writeError("imported \(report.catalog.offers.count) offers (\(report.catalog.recordCount) records) into \(target.path)\n")
        return try reportRejects(report, arguments, rejectsNextTo: target.path, writing: true, console: console)
    }

    /// Reads SOURCE with progress on standard error, and prints the warnings.
    func importSource(_ path: String, _ arguments: ArgumentList, console: any Console) throws -> CSVImportReport {
        let progress = ProgressPrinter(console: console)
        let report = try CSVImporter(options: try options(arguments)).importCatalog(from: URL(filePath: path)) { progress.update($0) }
        for warning in report.warnings { console.writeError("warning: \(warning)\n") }
        return report
    }

    /// The name the catalogue remembers the source by: `--source`, else its file or folder name.
    func sourceName(_ arguments: ArgumentList, _ path: String) -> String {
        arguments.value("source") ?? URL(filePath: path).lastPathComponent
    }

    /// Prints the problems of rejected rows and, unless `writing` is `false`, writes them to the
    /// rejects folder; `.findings` when there were any.
    func reportRejects(
        _ report: CSVImportReport, _ arguments: ArgumentList, rejectsNextTo target: String, writing: Bool, console: any Console
    ) throws -> ExitCode {
        guard !report.rejects.isEmpty else { return .success }
        let problems = report.problems
        for problem in problems.prefix(20) { console.writeError("error: \(problem)\n") }
        if problems.count > 20 { console.writeError("… and \(problems.count - 20) more problems\n") }
        let rows = "\(report.rejects.count) row\(report.rejects.count == 1 ? "" : "s") rejected"
        guard writing else {
            console.writeError("\(rows); nothing written (dry run)\n")
            return .findings
        }
        let folder = URL(filePath: arguments.value("rejects") ?? target + ".rejects")
        let files = try report.writeRejects(to: folder)
        console.writeError("\(rows); fix them in " + files.map(\.path).joined(separator: ", ") + " and import again\n")
        return .findings
    }
}
