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

        Imports the CSV folder or offers.csv file SOURCE and writes the catalogue to OUT (.json,
        .sqlite, or a CSV folder). Progress goes to standard error. In collecting mode (the
        default) every good row is imported and every bad row is written, with its reasons, to a
        rejects folder you can fix and import again; no row is silently dropped or altered.
        Exits 1 when rows were rejected, 2 when the import could not run.

        Options:
          --mode collecting|strict     collect bad rows (default) or stop at the first one
          --rejects FOLDER             where rejected rows go (default: OUT.rejects)
          --unknown-columns reject|warn  stop at unknown columns (default) or warn and skip them
          --encoding utf-8|windows-1252  the file's encoding (default: detected)
          --separator comma|semicolon|tab  the separator (default: detected from the header)
        \(CSVSettings.help)

        Example:
          mestring import kommune-export/ catalog.json --mapping norwegian

        """
    }
    let valueOptions: Set<String> = CSVSettings.valueOptions.union(["mode", "rejects", "unknown-columns", "encoding", "separator"])

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
        let console = context.console
        let paths = try arguments.requirePositional("source", "out")
        let target = try context.location(paths[1], csv: try CSVSettings(arguments))
        let progress = ProgressPrinter(console: console)
        let report = try CSVImporter(options: try options(arguments)).importCatalog(from: URL(filePath: paths[0])) {
            progress.update($0)
        }
        for warning in report.warnings { console.writeError("warning: \(warning)\n") }
        try await target.store().save(report.catalog)
        console.writeError("imported \(report.catalog.offers.count) offers (\(report.catalog.recordCount) records) into \(target.path)\n")
        guard !report.rejects.isEmpty else { return .success }
        let problems = report.problems
        for problem in problems.prefix(20) { console.writeError("error: \(problem)\n") }
        if problems.count > 20 { console.writeError("… and \(problems.count - 20) more problems\n") }
        let folder = URL(filePath: arguments.value("rejects") ?? target.path + ".rejects")
        let files = try report.writeRejects(to: folder)
        console.writeError(
            "\(report.rejects.count) row\(report.rejects.count == 1 ? "" : "s") rejected; fix them in "
                + files.map(\.path).joined(separator: ", ") + " and import again\n")
        return .findings
    }
}
