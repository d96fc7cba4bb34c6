import Foundation
import Mestring
import MestringCSV
import MestringJSON
import MestringTestSupport
import MestringValidation

/// Reads an input the ways Mestring does and returns every text it produced for people: error
/// descriptions, import problems and warnings, findings and rendered validation reports.
enum Reading {
    static func json(_ data: Data) -> [String] {
        do {
            return findings(of: try JSONCatalogCoder().decode(data, file: "input.json"))
        } catch {
            return ["\(error)", String(reflecting: error)]
        }
    }

    static func csv(_ bytes: [UInt8], as table: String, in scratch: TemporaryFolder) throws -> [String] {
        let folder = scratch.url.appending(path: UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: folder.appending(path: table))
        defer { try? FileManager.default.removeItem(at: folder) }
        return importing(folder)
    }

    /// Strict and collecting imports of a folder, then validation of what was imported.
    static func importing(_ folder: URL) -> [String] {
        var texts: [String] = []
        let collecting = CSVImportOptions(mode: .collecting, mapping: .norwegian, unknownColumns: .warn)
        for options in [CSVImportOptions(), CSVImportOptions(mode: .collecting), collecting] {
            do {
                let report = try CSVImporter(options: options).importCatalog(from: folder)
                texts += (report.problems + report.warnings).map(\.description)
                texts += report.rejects.flatMap { $0.problems.map(\.description) }
                texts += findings(of: report.catalog)
            } catch {
                texts += ["\(error)", String(reflecting: error)]
            }
        }
        return texts
    }

    /// Every finding and every report format, in both languages.
    static func findings(of catalog: Catalog) -> [String] {
        let report = catalog.validate()
        var texts = report.findings.map { String(describing: $0) }
        for format in [ReportFormat.text, .json, .sarif, .compiler] {
            for language in [ReportLanguage.english, .bokmal] { texts.append(report.render(format, language: language)) }
        }
        return texts
    }
}
