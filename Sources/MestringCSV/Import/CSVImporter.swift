import Foundation
import Mestring
import MestringAdapterKit

/// Imports a catalogue from a folder of CSV files (the format in `Documentation/CSV.md`) or from a
/// single spreadsheet of offers, reporting progress and collecting every rejected row.
///
/// A folder holds any of the tables of ``CSVTable``; a missing file is an empty table. A single
/// file is read as the table its name says (`people.csv`…), and as offers.csv under any other name
/// (`tilbud 2026.csv`). An offers file that names providers by `provider_organisation_number`
/// imports on its own: providers not found are created from the number (see ``CSVImportOptions``).
///
/// ```swift
/// let importer = CSVImporter(options: CSVImportOptions(mode: .collecting, mapping: .norwegian))
/// let report = try importer.importCatalog(from: URL(filePath: "eksport/")) { progress in
///     print("\(Int(progress.fractionDone * 100)) %")
/// }
/// try report.writeRejects(to: URL(filePath: "avviste/"))
/// ```
public struct CSVImporter: Sendable {
    /// How files are read and what happens to rows with problems.
    public var options: CSVImportOptions

    /// An importer with `options`.
    public init(options: CSVImportOptions = CSVImportOptions()) { self.options = options }

    /// Imports a folder, or a single CSV file.
    /// - Parameters:
    ///   - url: the folder of tables, or one CSV file (read as the table its name says, else as offers).
    ///   - progress: called every few thousand rows and at the end of each file.
    /// - Throws: ``Mestring/StoreError``: `.notFound` for a missing folder or file; `.malformedData` for a
    ///   problem that affects a whole file (syntax, header), an empty file, a folder without any
    ///   table, and, in strict mode, for the first bad row;
    ///   `.unsupportedVersion` for a folder written by a newer Mestring.
    public func importCatalog(from url: URL, progress: ((CSVImportProgress) -> Void)? = nil) throws -> CSVImportReport {
        let run = CatalogImport(options: options, progress: progress)
        try read(url, into: run)
        return run.finish()
    }

    /// Imports like ``importCatalog(from:progress:)`` and records the row every record and nested
    /// row came from, so that validation findings can name the file and row.
    package func importCatalogLocatingRows(from url: URL) throws -> (report: CSVImportReport, places: CSVSourceMap) {
        let run = CatalogImport(options: options, progress: nil)
        run.places = CSVSourceMap()
        try read(url, into: run)
        return (run.finish(), run.places ?? CSVSourceMap())
    }

    private func read(_ url: URL, into run: CatalogImport) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw StoreError(.notFound, isFolder.boolValue ? "no such folder" : "no such file or folder", file: url.path)
        }
        if isFolder.boolValue {
            try run.read(try tables(inFolder: url, warnings: &run.report.warnings))
        } else {
            let name = url.lastPathComponent.lowercased()
            try run.read([(CSVTable.allCases.first { $0.fileName == name } ?? .offers, url)])
        }
    }

    /// The table files of a folder, in reading order; other `.csv` files are reported by the
    /// unknown-column policy, other files are not looked at.
    private func tables(inFolder folder: URL, warnings: inout [StoreError]) throws -> [(CSVTable, URL)] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw SystemFailure.error(error, "list the folder", file: folder.path)
        }
        var found: [CSVTable: URL] = [:]
        for name in names where !name.hasPrefix(".") && name.lowercased().hasSuffix(".csv") {
            if let table = CSVTable.allCases.first(where: { $0.fileName == name.lowercased() }) {
                found[table] = folder.appending(path: name)
                continue
            }
            let error = StoreError(
                .malformedData,
                "unknown file in a Mestring CSV folder; expected \(CSVTable.allCases.map(\.fileName).joined(separator: ", "))",
                file: folder.appending(path: name).path)
            if options.unknownColumns == .reject { throw error }
            warnings.append(error)
        }
        guard !found.isEmpty else {
            throw StoreError(
                .malformedData,
                "the folder holds none of Mestring's CSV tables (\(CSVTable.allCases.map(\.fileName).joined(separator: ", "))), "
                    + "so it is not a catalogue; check the path (`mestring new FOLDER` starts an empty catalogue)",
                file: folder.path)
        }
        return CSVTable.allCases.compactMap { table in found[table].map { (table, $0) } }
    }
}
