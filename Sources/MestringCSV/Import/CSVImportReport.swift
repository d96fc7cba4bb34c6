import Foundation
import Mestring
import MestringAdapterKit

/// What an import produced: the catalogue of every good row, every rejected row with its problems,
/// and warnings (unknown columns skipped, providers created from organisation numbers).
///
/// Nothing is dropped silently: every data row of every file is either in ``catalog`` or in
/// ``rejects``. ``writeRejects(to:dialect:)`` writes the rejected rows, with their problems in an
/// extra first column, as files the integrator can fix in a spreadsheet and import again.
public struct CSVImportReport: Sendable {
    /// The catalogue of every row that was read without problems.
    public var catalog: Catalog
    /// Rows that were not imported, in file and row order.
    public var rejects: [CSVRejectedRow] = []
    /// Things the integrator should know that did not stop a row.
    public var warnings: [StoreError] = []
    /// Providers made from an organisation number in offers.csv, because providers.csv had none with it.
    public var createdProviders: [Provider.ID] = []
    /// Data rows read, over all files (blank lines not counted).
    public var rowsRead = 0
    /// The dialect each file was read in, so rejects can be written in the same one.
    var sourceDialects: [CSVTable: CSVDialect] = [:]

    /// Every problem of every rejected row.
    public var problems: [StoreError] { rejects.flatMap(\.problems) }

    /// The column of a rejects file that holds the row's problems; ignored when the file is imported again.
    public static let problemsColumn = "mestring_problems"
    /// The column of a rejects file that holds the row number in the original file; ignored on import.
    public static let rowColumn = "mestring_row"

    /// Writes the rejected rows into `folder`, one file per table that had rejects, named like the
    /// table (`offers.csv`…), each with the original header and cells and two extra first columns:
    /// the problems and the original row number. Fix the cells and import the folder again (the two
    /// extra columns are ignored then). Rows hold the integrator's own data, personal data included.
    /// - Parameters:
    ///   - folder: the folder to write the rejects files into; created when missing.
    ///   - dialect: the dialect to write; by default the one each file was read in, with a
    ///     byte order mark when the file had one or was Windows-1252.
    /// - Returns: the files written.
    @discardableResult
    public func writeRejects(to folder: URL, dialect: CSVDialect? = nil) throws -> [URL] {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw SystemFailure.error(error, "create the rejects folder", file: folder.path)
        }
        var written: [URL] = []
        for table in CSVTable.allCases {
            let rows = rejects.filter { $0.table == table }
            guard let header = rows.first?.header else { continue }
            let url = folder.appending(path: table.fileName)
            try AtomicWrite.file(at: url) { staged in
                let writer = try CSVWriter(url: staged, dialect: dialect ?? sourceDialects[table] ?? .rfc4180)
                try writer.writeRow([Self.problemsColumn, Self.rowColumn] + header)
                for row in rows {
                    let problems = row.problems.map { problem in problem.field.map { "\($0): \(problem.message)" } ?? problem.message }
                    try writer.writeRow([problems.joined(separator: "\n"), String(row.row)] + row.cells)
                }
                try writer.finish()
            }
            written.append(url)
        }
        return written
    }
}
