import Foundation
import Mestring
import MestringCSV
import MestringHSDS
import MestringJSON
import MestringSQLite

/// Where a catalogue lives, as given on the command line, and the store that reads and writes it.
///
/// The format follows from the path: `.json` is Mestring JSON; `.sqlite`, `.sqlite3` and `.db` are
/// SQLite; a folder, a path without extension or a `.csv` file is the CSV format (a single `.csv`
/// file is read as an offers table).
struct CatalogLocation {
    enum Format: String {
        case json
        case csv
        case sqlite
        /// An Open Referral HSDS 3.0 JSON document.
        case hsds
        /// An Open Referral HSDS 3.0 tabular data package (a folder of CSV tables).
        case hsdsCSV = "hsds-csv"
    }

    let path: String
    let format: Format
    var csv = CSVSettings()

    /// Whether an HSDS store writes people's names and contacts (only when asked for).
    var includesPersonalData = false

    init(_ path: String, csv: CSVSettings = CSVSettings(), format explicit: Format? = nil) throws(UsageError) {
        self.path = path
        self.csv = csv
        let url = URL(filePath: path)
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        let name = url.lastPathComponent.lowercased()
        if let explicit {
            format = explicit
            return
        }
        switch url.pathExtension.lowercased() {
        case "json" where name.hasSuffix(".hsds.json") || (exists && Self.looksLikeHSDS(url)): format = .hsds
        case "json": format = .json
        case "" where name.hasSuffix("-hsds") || (exists && isFolder.boolValue && Self.isHSDSPackage(url)): format = .hsdsCSV
        case _ where exists && isFolder.boolValue && Self.isHSDSPackage(url): format = .hsdsCSV
        case "csv": format = .csv
        case "sqlite", "sqlite3", "db": format = .sqlite
        case "" where !exists || isFolder.boolValue: format = .csv
        case _ where exists && isFolder.boolValue: format = .csv
        default:
            throw UsageError(
                "cannot tell the format of '\(path)': use a .json, .hsds.json or .sqlite file, a folder or .csv file (CSV), or a -hsds folder (HSDS tables), or say --format")
        }
    }

    /// A JSON file that is not a Mestring catalogue but looks like HSDS (a page, organisations or
    /// services): read as HSDS, so that `validate`, `query` and `show` take an HSDS feed as it is named.
    private static func looksLikeHSDS(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url), let head = try? handle.read(upToCount: 65_536) else { return false }
        try? handle.close()
        let text = String(decoding: head, as: UTF8.self)
        if text.contains("\"total_items\"") { return true }
        return !text.contains("\"format\"") && (text.contains("\"contents\"") || text.contains("\"status\"") || text.contains("\"organization"))
    }

    /// A folder with HSDS tables rather than Mestring's CSV tables.
    private static func isHSDSPackage(_ url: URL) -> Bool {
        ["datapackage.json", "organizations.csv", "services.csv"].contains { FileManager.default.fileExists(atPath: url.appending(path: $0).path) }
    }

    var url: URL { URL(filePath: path) }

    /// A store that writes to this location (a SQLite file is created, or upgraded to the current schema).
    func store() throws -> any CatalogStore {
        switch format {
        case .json: JSONCatalogStore(fileURL: url)
        case .csv: CSVCatalogStore(folderURL: url, dialect: csv.dialect, mapping: csv.mapping)
        case .sqlite: try SQLiteCatalogStore(path: path)
        case .hsds: HSDSDocumentStore(fileURL: url, includesPersonalData: includesPersonalData)
        case .hsdsCSV: HSDSPackageStore(folderURL: url, includesPersonalData: includesPersonalData)
        }
    }

    /// A store that only reads: a SQLite file is never created or changed.
    func readingStore() throws -> any CatalogStore {
        switch format {
        case .sqlite: try SQLiteCatalogStore(path: path, access: .readOnly)
        case .json, .csv, .hsds, .hsdsCSV: try store()
        }
    }

    /// Reads the whole catalogue.
    /// For an HSDS source, the catalogue and what of the feed found no place in Mestring; `nil`
    /// for every other format.
    func loadWithHSDSReport() throws -> (Catalog, HSDSImportReport)? {
        switch format {
        case .hsds: try HSDSDocumentFile(url: url).readWithReport()
        case .hsdsCSV: try HSDSPackageFile(url: url).readWithReport()
        case .json, .csv, .sqlite: nil
        }
    }

    func load() async throws -> Catalog { try await readingStore().load() }
}
