import Foundation
import Mestring
import MestringAdapterKit

/// A catalogue as an HSDS 3.0 tabular data package: a folder with one CSV file per HSDS table
/// (`organizations.csv`, `services.csv`, `attributes.csv`, …) and a `datapackage.json`
/// describing them. What ``HSDSPackageStore`` reads and writes.
///
/// The tables hold exactly what the JSON document holds, flattened: nested objects become rows
/// linked by their parent's id. Writing goes through ``MestringAdapterKit/AtomicWrite``: the whole
/// folder is built beside the target and swapped in, so a failed write leaves the previous package
/// intact.
public struct HSDSPackageFile: CatalogFile {
    /// The package folder.
    public let url: URL
    /// Whether people's names and contacts are written; by default only the public export.
    public var includesPersonalData: Bool

    /// The package in the folder at `url`; it need not exist before the first write.
    public init(url: URL, includesPersonalData: Bool = false) {
        self.url = url
        self.includesPersonalData = includesPersonalData
    }

    /// Reads the package: `.notFound` when the folder does not exist, `.malformedData` with the
    /// file, row and column when a table is not HSDS.
    public func read() throws -> Catalog { try readWithReport().catalog }

    /// Reads the package and reports what found no place in Mestring.
    public func readWithReport() throws -> (catalog: Catalog, report: HSDSImportReport) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreError(.notFound, "no such folder", file: url.path)
        }
        var tables: [(table: HSDSTable, rows: CSVRows?)] = []
        for table in HSDSTable.all {
            let fileURL = url.appending(path: table.file)
            guard let data = FileManager.default.contents(atPath: fileURL.path) else {
                tables.append((table, nil))
                continue
            }
            let rows = try CSVRows(bytes: [UInt8](data), file: fileURL.path)
            if let missing = ["id"].first(where: { !rows.header.contains($0) }), !rows.header.isEmpty {
                throw StoreError(.malformedData, "the table has no \"\(missing)\" column; HSDS tables identify rows by id", file: fileURL.path, line: 1, field: missing)
            }
            tables.append((table, rows))
        }
        guard tables.contains(where: { ($0.table.entity == "organization" || $0.table.entity == "service") && $0.rows != nil }) else {
            throw StoreError(.malformedData, "not an HSDS tabular package: no organizations.csv or services.csv", file: url.path)
        }
        let (document, tableReport) = try HSDSTabularReader.document(tables: tables)
        // The rebuilt document is read as text, like a JSON feed: one importer serves both forms.
        let (catalog, report) = try HSDSDocumentCoder.importing(JSONDocument(Data(document.prettyPrinted()))) { error in
            var located = error
            if let table = error.file { located.file = url.appending(path: table).path }
            return located
        }
        var combined = report
        combined.unmapped += tableReport.unmapped
        return (catalog, combined)
    }

    /// Writes every table and `datapackage.json` into a new folder and swaps it in.
    public func write(_ catalog: Catalog) throws {
        // The tables are flattened from the JSON document, so both formats map the same way.
        let document = try JSONValue(parsing: [UInt8](HSDSExporter(catalog: catalog, includesPersonalData: includesPersonalData).document()))
        try AtomicWrite.folder(at: url) { staged in
            do {
                for (table, bytes) in try HSDSTabularWriter.tables(of: document) {
                    try Data(bytes).write(to: staged.appending(path: table.file))
                }
                try Data(try Self.descriptor(title: catalog.info.title).prettyPrinted()).write(to: staged.appending(path: "datapackage.json"))
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError(.io, "cannot write the package: \(error.localizedDescription)", file: url.path)
            }
        }
    }

    /// The package's `datapackage.json`: its tables, files and column types.
    static func descriptor(title: String?) -> JSONValue {
        var package = JSONObject()
        package.append("name", .string("mestring-hsds"))
        if let title { package.append("title", .string(title)) }
        package.append("profile", .string("tabular-data-package"))
        package.append("description", .string("A Mestring catalogue as an Open Referral HSDS 3.0 tabular data package"))
        package.append("version", .string("3.0"))
        package.append("resources", .array(HSDSTable.all.map { table in
            var resource = JSONObject()
            resource.append("name", .string(table.entity))
            resource.append("path", .string(table.file))
            resource.append("profile", .string("tabular-data-resource"))
            resource.append("format", .string("csv"))
            resource.append("mediatype", .string("text/csv"))
            resource.append("encoding", .string("utf-8"))
            var schema = JSONObject()
            schema.append("fields", .array(table.columns.map { column in
                var field = JSONObject()
                field.append("name", .string(column))
                field.append("type", .string(table.types[column] ?? "string"))
                return .object(field)
            }))
            schema.append("primaryKey", .string("id"))
            resource.append("schema", .object(schema))
            return .object(resource)
        }))
        return .object(package)
    }
}
