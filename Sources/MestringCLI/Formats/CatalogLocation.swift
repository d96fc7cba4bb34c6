import Foundation
import Mestring
import MestringCSV
import MestringJSON

/// Where a catalogue lives, as given on the command line, and the store that reads and writes it.
///
/// The format follows from the path: `.json` is Mestring JSON; a folder, a path without extension
/// or a `.csv` file is the CSV format (a single `.csv` file is read as an offers table).
struct CatalogLocation {
    enum Format: String {
        case json
        case csv
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
        case "" where !exists || isFolder.boolValue: format = .csv
        case _ where exists && isFolder.boolValue: format = .csv
        default:
            throw UsageError("cannot tell the format of '\(path)': use a .json file, or a folder or .csv file (CSV)")
        }
    }

    var url: URL { URL(filePath: path) }

    /// A store for this location.
    func store() -> any CatalogStore {
        switch format {
        case .json: JSONCatalogStore(fileURL: url)
        case .csv: CSVCatalogStore(folderURL: url, dialect: csv.dialect, mapping: csv.mapping)
        }
    }

    /// Reads the whole catalogue.
    func load() async throws -> Catalog { try await store().load() }
}
