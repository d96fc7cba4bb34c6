import Foundation
import Mestring
import MestringCSV
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
    }

    let path: String
    let format: Format
    var csv = CSVSettings()

    init(_ path: String, csv: CSVSettings = CSVSettings()) throws(UsageError) {
        self.path = path
        self.csv = csv
        let url = URL(filePath: path)
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        switch url.pathExtension.lowercased() {
        case "json": format = .json
        case "csv": format = .csv
        case "sqlite", "sqlite3", "db": format = .sqlite
        case "" where !exists || isFolder.boolValue: format = .csv
        case _ where exists && isFolder.boolValue: format = .csv
        default:
            throw UsageError("cannot tell the format of '\(path)': use a .json or .sqlite file, or a folder or .csv file (CSV)")
        }
    }

    var url: URL { URL(filePath: path) }

    /// A store that writes to this location (a SQLite file is created, or upgraded to the current schema).
    func store() throws -> any CatalogStore {
        switch format {
        case .json: JSONCatalogStore(fileURL: url)
        case .csv: CSVCatalogStore(folderURL: url, dialect: csv.dialect, mapping: csv.mapping)
        case .sqlite: try SQLiteCatalogStore(path: path)
        }
    }

    /// A store that only reads: a SQLite file is never created or changed.
    func readingStore() throws -> any CatalogStore {
        switch format {
        case .sqlite: try SQLiteCatalogStore(path: path, access: .readOnly)
        case .json, .csv: try store()
        }
    }

    /// Reads the whole catalogue.
    func load() async throws -> Catalog { try await readingStore().load() }
}
