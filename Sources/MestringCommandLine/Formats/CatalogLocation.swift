import Foundation
import Mestring
import MestringCSV
import MestringFHIR
import MestringHSDS
import MestringJSON
import MestringSQLite

/// Where a catalogue lives, as given on the command line, and the store that reads and writes it.
///
/// The format follows from the path: `.json` is Mestring JSON, or a FHIR Bundle when the name ends
/// in `.fhir.json` or an existing file holds FHIR resources; `.ndjson` is FHIR NDJSON; `.sqlite`,
/// `.sqlite3` and `.db` are SQLite; a folder, a path without extension or a `.csv` file is the CSV
/// format (a single `.csv` file is read as an offers table). `--format` can say it instead.
struct CatalogLocation {
    enum Format: String {
        case json
        case csv
        case sqlite
        case fhir
        case fhirNDJSON = "fhir-ndjson"
        /// An Open Referral HSDS 3.0 JSON document.
        case hsds
        /// An Open Referral HSDS 3.0 tabular data package (a folder of CSV tables).
        case hsdsCSV = "hsds-csv"
    }

    let path: String
    let format: Format
    var csv = CSVSettings()
    /// For FHIR: write people's contact details and unlisted names too.
    var includesPersonalData = false

    init(_ path: String, csv: CSVSettings = CSVSettings(), format named: Format? = nil) throws(UsageError) {
        self.path = path
        self.csv = csv
        let url = URL(filePath: path)
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if let named {
            format = named
            return
        }
        switch url.pathExtension.lowercased() {
        case "json" where url.lastPathComponent.lowercased().hasSuffix(".fhir.json"): format = .fhir
        case "json" where url.lastPathComponent.lowercased().hasSuffix(".hsds.json"): format = .hsds
        case "" where url.lastPathComponent.lowercased().hasSuffix("-hsds"): format = .hsdsCSV
        case _ where exists && isFolder.boolValue && Self.isHSDSPackage(url): format = .hsdsCSV
        case "json": format = exists && Self.holdsFHIR(url) ? .fhir : exists && Self.looksLikeHSDS(url) ? .hsds : .json
        case "ndjson": format = .fhirNDJSON
        case "csv": format = .csv
        case "sqlite", "sqlite3", "db": format = .sqlite
        case "" where !exists || isFolder.boolValue: format = .csv
        case _ where exists && isFolder.boolValue: format = .csv
        default:
            throw UsageError(
                "cannot tell the format of '\(path)': use a .json, .fhir.json, .ndjson or .sqlite file, or a folder or .csv file (CSV)")
        }
    }

    /// `true` when the start of a JSON file names a FHIR `resourceType` (a Mestring catalogue never does).
    /// A JSON file that is not a Mestring catalogue but an HSDS page, organisation or service.
    private static func looksLikeHSDS(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let text = String(decoding: (try? handle.read(upToCount: 65_536)) ?? Data(), as: UTF8.self)
        if text.contains("\"total_items\"") { return true }
        return !text.contains("\"format\"") && (text.contains("\"contents\"") || text.contains("\"status\"") || text.contains("\"organization"))
    }

    /// A folder with HSDS tables rather than Mestring's CSV tables.
    private static func isHSDSPackage(_ url: URL) -> Bool {
        ["datapackage.json", "organizations.csv", "services.csv"].contains { FileManager.default.fileExists(atPath: url.appending(path: $0).path) }
    }

    private static func holdsFHIR(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 4096)) ?? Data()
        return String(decoding: start, as: UTF8.self).contains("\"resourceType\"")
    }

    var url: URL { URL(filePath: path) }

    /// A store that writes to this location (a SQLite file is created, or upgraded to the current schema).
    func store() throws -> any CatalogStore {
        switch format {
        case .json: JSONCatalogStore(fileURL: url)
        case .csv: CSVCatalogStore(folderURL: url, dialect: csv.dialect, mapping: csv.mapping)
        case .sqlite: try SQLiteCatalogStore(path: path)
        case .fhir: FHIRCatalogStore(fileURL: url, format: .bundle, includesPersonalData: includesPersonalData)
        case .fhirNDJSON: FHIRCatalogStore(fileURL: url, format: .ndjson, includesPersonalData: includesPersonalData)
        case .hsds: HSDSDocumentStore(fileURL: url, includesPersonalData: includesPersonalData)
        case .hsdsCSV: HSDSPackageStore(folderURL: url, includesPersonalData: includesPersonalData)
        }
    }

    /// A store that only reads: a SQLite file is never created or changed.
    func readingStore() throws -> any CatalogStore {
        switch format {
        case .sqlite: try SQLiteCatalogStore(path: path, access: .readOnly)
        case .json, .csv, .fhir, .fhirNDJSON, .hsds, .hsdsCSV: try store()
        }
    }

    /// Reads the whole catalogue.
    func load() async throws -> Catalog { try await loadWithReport().catalog }

    /// Reads the whole catalogue and, for FHIR and HSDS, what had no place in Mestring (empty
    /// when everything was imported).
    func loadWithReport() async throws -> (catalog: Catalog, report: String) {
        switch try readingStore() {
        case let store as FHIRCatalogStore:
            let (catalog, report) = try store.file.readWithReport()
            return (catalog, report.isEmpty ? "" : "\(report)")
        case let store as HSDSDocumentStore:
            let (catalog, report) = try store.file.readWithReport()
            return (catalog, report.isEmpty ? "" : "\(report)")
        case let store as HSDSPackageStore:
            let (catalog, report) = try store.file.readWithReport()
            return (catalog, report.isEmpty ? "" : "\(report)")
        case let store:
            return (try await store.load(), "")
        }
    }
}
