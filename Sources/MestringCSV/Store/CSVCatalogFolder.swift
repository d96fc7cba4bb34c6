import Foundation
import Mestring

/// A catalogue as a folder of CSV files: what ``CSVCatalogStore`` reads and writes.
///
/// Reading is a strict ``CSVImporter`` import: the first problem is thrown as a ``Mestring/StoreError``
/// naming the file, line, row and column. Writing is ``CSVCatalogWriter``: every table, atomically
/// for the whole folder. The URL may also be a single CSV file (an integrator's offers file); such
/// a store reads it and refuses to save, since one file cannot hold the whole catalogue.
public struct CSVCatalogFolder: CatalogFile {
    /// The folder, or a single CSV file of offers.
    public let url: URL
    /// How files are read; the mode is always strict here (use ``CSVImporter`` to collect rejects).
    public var importOptions: CSVImportOptions
    /// How files are written.
    public var writer: CSVCatalogWriter

    /// A folder (or single file) read with `importOptions` and written with `writer`.
    public init(url: URL, importOptions: CSVImportOptions = CSVImportOptions(), writer: CSVCatalogWriter = CSVCatalogWriter()) {
        self.url = url
        self.importOptions = importOptions
        self.importOptions.mode = .strict
        self.writer = writer
    }

    /// `true` when the URL names a single `.csv` file rather than a folder.
    public var isSingleFile: Bool { url.pathExtension.lowercased() == "csv" }

    /// `.read` for a single CSV file, which cannot hold a whole catalogue; read and write for a folder.
    public var capabilities: StoreCapabilities { isSingleFile ? .read : .readWrite }

    /// Imports the folder or file strictly: the first problem is thrown, naming file, row and column.
    public func read() throws -> Catalog {
        try CSVImporter(options: importOptions).importCatalog(from: url).catalog
    }

    /// Replaces the folder atomically; a single file refuses with `.readOnly`.
    public func write(_ catalog: Catalog) throws {
        guard !isSingleFile else {
            throw StoreError(
                .readOnly, "a single CSV file cannot hold a whole catalogue; save to a folder instead", file: url.path)
        }
        try writer.write(catalog, toFolder: url)
    }
}
