import Foundation
import Mestring
import MestringCSV
import MestringTestSupport

/// Writes CSV text files into a temporary folder for import tests.
struct CSVFiles {
    let folder: TemporaryFolder

    init(_ files: [String: String]) throws {
        folder = try TemporaryFolder()
        for (name, text) in files { try write(name, Array(text.utf8)) }
    }

    var url: URL { folder.url }

    func url(_ name: String) -> URL { folder.url.appending(path: name) }

    func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: url(name)) }

    /// Imports the folder (or one file of it) and returns the report.
    func importReport(_ name: String? = nil, _ options: CSVImportOptions = CSVImportOptions()) throws -> CSVImportReport {
        try CSVImporter(options: options).importCatalog(from: name.map(url) ?? url)
    }

    /// The error a strict import throws.
    func importError(_ name: String? = nil, _ options: CSVImportOptions = CSVImportOptions()) throws -> StoreError {
        do {
            _ = try importReport(name, options)
        } catch let error as StoreError {
            return error
        }
        throw StoreError(.io, "the import did not fail")
    }

    /// A minimal valid offers.csv header and a row builder.
    static let offerHeader = "id,title,kind,format,provider,focus,method,audiences"
    static func offerRow(_ id: String, audiences: String = "patients") -> String {
        "\(id),Kurs \(id),group-programme,group,p1,theme,equal-footing,\(audiences)"
    }
}
