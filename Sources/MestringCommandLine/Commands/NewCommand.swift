import Foundation
import Mestring

/// `mestring new OUT`: starts an empty catalogue, the one explicit way to get a catalogue of
/// nothing, since an empty file or a folder without tables is refused as a source.
struct NewCommand: Subcommand {
    let name = "new"
    let summary = "Start an empty catalogue in a new file or folder."
    var help: String {
        """
        Usage: mestring new OUT [--title TITLE] [--dialect excel|rfc4180]

        Writes an empty catalogue to OUT (.json, .sqlite/.db, or a folder for CSV), ready for
        `mestring import … OUT` or an editor. OUT must not exist yet: an existing catalogue is never
        emptied by mistake.

        Why a command: Mestring refuses to read an empty file, an empty folder or a folder without
        catalogue tables as a catalogue, so that a wrong path cannot turn into "0 offers" and
        replace a real catalogue.

        Options:
          --title TITLE            the catalogue's title (tittel)
          --dialect excel|rfc4180  for a CSV folder: how its files are written

        Example:
          mestring new kommune.json --title "Tilbud i Bodø"

        """
    }
    let valueOptions: Set<String> = CSVSettings.valueOptions.union(["title"])

    func run(_ arguments: ArgumentList, context: CommandContext) async throws -> ExitCode {
        let console = context.console
        let path = try arguments.requirePositional("out")[0]
        let target = try context.location(path, csv: try CSVSettings(arguments))
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError(.constraint, "already exists; `mestring new` only starts a catalogue where there is none", file: path)
        }
        var catalog = Catalog()
        if let title = arguments.value("title") { catalog.info.title = title }
        try await target.store().save(catalog)
        console.writeError("started an empty catalogue in \(target.path)\n")
        return .success
    }
}
