import Foundation
import Mestring
import MestringCSV
import MestringSQLite
import MestringValidation

extension ImportCommand {
    /// `mestring import SOURCE --into CATALOGUE`: merges a spreadsheet, or a filled-in worklist,
    /// into an existing catalogue of any writable format (``Mestring/CatalogMerge``).
    ///
    /// A SQLite catalogue is read, merged and written in one transaction that writes only the
    /// records that change; any other store is loaded and saved whole through one store, whose
    /// save is atomic (a file or folder replaced in one step). A dry run opens the catalogue
    /// read-only and writes nothing, not even rejects.
    func merge(_ arguments: ArgumentList, context: CommandContext, into path: String) async throws -> ExitCode {
        let console = context.console
        let sourcePath = try arguments.requirePositional("source")[0]
        let target = try context.location(path, csv: try CSVSettings(arguments))
        try target.requireWritable()
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(
                .notFound, "there is no catalogue to import into; leave out --into to make one from the source, or start one with mestring new",
                file: path)
        }
        let dryRun = arguments.flag("dry-run")
        let store = try dryRun ? target.readingStore() : target.store()
        let sourceURL = URL(filePath: sourcePath)

        // What to merge, read before the catalogue is: a worklist's values, or the imported sheet.
        let merge: @Sendable (Catalog) throws -> CatalogMergeResult
        let sourceLabel: String
        var report: CSVImportReport?
        if let worklist = Self.worklistBytes(sourceURL) {
            let corrections = try WorklistCorrections(reading: worklist, file: sourcePath)
            merge = { existing in try CatalogMerge(source: nil).merge(try corrections.correctedRecords(of: existing), into: existing) }
            sourceLabel = "the worklist \(sourceURL.lastPathComponent)"
        } else {
            let imported = try importSource(sourcePath, arguments, console: console)
            var removesMissing = arguments.flag("remove-missing")
            if removesMissing && !imported.rejects.isEmpty {
                console.writeError(
                    "warning: \(imported.rejects.count) rows were rejected, so records missing from the source are kept this time "
                        + "(a rejected row looks missing); fix the rejects and import again to remove them\n")
                removesMissing = false
            }
            let label = sourceName(arguments, sourcePath)
            let catalog = imported.catalog
            merge = { [removesMissing] existing in try CatalogMerge(source: label, removesMissing: removesMissing).merge(catalog, into: existing) }
            sourceLabel = label
            report = imported
        }

        let result: CatalogMergeResult
        if !dryRun, let database = store as? SQLiteCatalogStore {
            // Read, merge and write in one transaction, writing only the records that change.
            result = try await database.inTransaction { transaction in
                let result = try merge(try transaction.load())
                try transaction.apply(result)
                return result
            }
        } else {
            result = try merge(try await store.load())
            if !dryRun && result.changesCatalogue { try await store.save(result.catalog) }
        }
        console.write(MergeSummary(result: result, source: sourceLabel, target: path, dryRun: dryRun).text)
        guard let report else { return .success }
        return try reportRejects(report, arguments, rejectsNextTo: target.path, writing: !dryRun, console: console)
    }

    /// The bytes of `url` when it is a worklist (`mestring validate --worklist`), else `nil`.
    private static func worklistBytes(_ url: URL) -> [UInt8]? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
            let handle = try? FileHandle(forReadingFrom: url)
        else { return nil }
        defer { try? handle.close() }
        guard let start = try? handle.read(upToCount: 4096), WorklistCorrections.isWorklist([UInt8](start)) else { return nil }
        return (try? Data(contentsOf: url)).map { [UInt8]($0) }
    }
}
