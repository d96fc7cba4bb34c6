import Foundation
import Mestring
import MestringAdapterKit
import MestringCSV
import MestringFHIR
import MestringHSDS
import MestringJSON
import MestringSQLite
import MestringValidation

/// The formats Mestring ships, registered through the same ``CatalogFormat`` an integrator uses.
extension CatalogFormat {
    /// Findings are placed by `validate` in the text it read (``JSONFindingLocator``), so the
    /// format needs no locator that reads the file again.
    static let json = CatalogFormat(names: ["json"], summary: "Mestring JSON (.json)", pathSuffixes: [".json"], canWrite: true) { request in
        JSONCatalogStore(fileURL: request.url)
    }

    static let csvFolder = CatalogFormat(
        names: ["csv"], summary: "a folder (CSV)", isDefaultForFolders: true, canWrite: true, findingLocator: csvRows
    ) { request in CSVCatalogStore(folderURL: request.url, dialect: request.csvDialect, mapping: request.csvMapping) }

    /// One table of offers: read like the folder's `offers.csv`, never written (a catalogue needs
    /// several tables).
    static let csvFile = CatalogFormat(
        names: ["csv-file"], summary: "a .csv file of offers", pathSuffixes: [".csv"], canWrite: false, findingLocator: csvRows
    ) { request in CSVCatalogStore(folderURL: request.url, mapping: request.csvMapping) }

    /// Points findings at the table file and row a spreadsheet user edits (`katalog/offers.csv`
    /// row 7), from a second, strict import that records rows: only run when there are findings,
    /// and it reads exactly what the store read, so positions agree.
    private static func csvRows(_ request: CatalogStoreRequest) throws -> FindingLocator {
        var options = CSVImportOptions(mapping: request.csvMapping)
        options.mode = .strict
        let places = try CSVImporter(options: options).importCatalogLocatingRows(from: request.url).places
        let shown = request.url.relativePath
        let isFolder = CatalogCandidate(url: request.url).isFolder
        return { finding in
            guard let place = places.place(ofFieldPath: finding.fieldPath) else { return FileLocation(file: shown) }
            let file = isFolder ? URL(filePath: shown).appending(path: URL(filePath: place.file).lastPathComponent).relativePath : shown
            return FileLocation(file: file, line: place.line, row: place.row)
        }
    }

    static let sqlite = CatalogFormat(
        names: ["sqlite"], summary: ".sqlite/.db (SQLite)", pathSuffixes: [".sqlite", ".sqlite3", ".db"], canWrite: true
    ) { request in
        // Reading never creates or upgrades a database.
        try SQLiteCatalogStore(path: request.url.path, access: request.purpose == .reading ? .readOnly : .readWrite)
    }

    static let fhir = CatalogFormat(
        names: ["fhir"], summary: ".fhir.json (FHIR R4 Bundle)", pathSuffixes: [".fhir.json"], canWrite: true,
        // A Mestring catalogue never names a FHIR `resourceType`.
        recognisesContents: { $0.fileName.lowercased().hasSuffix(".json") && $0.start(4096).contains("\"resourceType\"") },
        loadWithReport: reporting { try FHIRCatalogStore(fileURL: $0, format: .bundle).file.readWithReport() }
    ) { request in FHIRCatalogStore(fileURL: request.url, format: .bundle, includesPersonalData: request.includesPersonalData) }

    static let fhirNDJSON = CatalogFormat(
        names: ["fhir-ndjson"], summary: ".ndjson (FHIR NDJSON)", pathSuffixes: [".ndjson"], canWrite: true,
        loadWithReport: reporting { try FHIRCatalogStore(fileURL: $0, format: .ndjson).file.readWithReport() }
    ) { request in FHIRCatalogStore(fileURL: request.url, format: .ndjson, includesPersonalData: request.includesPersonalData) }

    static let hsds = CatalogFormat(
        names: ["hsds"], summary: ".hsds.json (HSDS 3.0 document)", pathSuffixes: [".hsds.json"], canWrite: true,
        // An HSDS page, organisation or service, which a Mestring catalogue (with its `format`) is not.
        recognisesContents: { candidate in
            guard candidate.fileName.lowercased().hasSuffix(".json") else { return false }
            let text = candidate.start(65_536)
            if text.contains("\"total_items\"") { return true }
            return !text.contains("\"format\"")
                && (text.contains("\"contents\"") || text.contains("\"status\"") || text.contains("\"organization"))
        },
        loadWithReport: reporting { try HSDSDocumentStore(fileURL: $0).file.readWithReport() }
    ) { request in HSDSDocumentStore(fileURL: request.url, includesPersonalData: request.includesPersonalData) }

    static let hsdsCSV = CatalogFormat(
        names: ["hsds-csv"], summary: "a folder ending in -hsds (HSDS 3.0 tabular package)", pathSuffixes: ["-hsds"], canWrite: true,
        recognisesContents: { candidate in ["datapackage.json", "organizations.csv", "services.csv"].contains(where: candidate.folderContains) },
        loadWithReport: reporting { try HSDSPackageStore(folderURL: $0).file.readWithReport() }
    ) { request in HSDSPackageStore(folderURL: request.url, includesPersonalData: request.includesPersonalData) }

    /// Loads through an import that reports what had no place in Mestring.
    private static func reporting<Report: CustomStringConvertible & SendableMetatype>(
        _ read: @escaping @Sendable (URL) throws -> (catalog: Catalog, report: Report)
    ) -> @Sendable (CatalogStoreRequest) async throws -> LoadedCatalog {
        { request in
            let (catalog, report) = try read(request.url)
            return LoadedCatalog(catalog: catalog, notImported: "\(report)")
        }
    }
}
