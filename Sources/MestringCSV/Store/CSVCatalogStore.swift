import Foundation
import Mestring

/// A store that keeps the catalogue as a folder of CSV files, one per table (see
/// `Documentation/CSV.md`): the format for integrators who work in spreadsheets.
///
/// Record changes rewrite the folder atomically. The folder passes the whole conformance suite:
/// everything a catalogue holds comes back from the files.
///
/// ```swift
/// let store = CSVCatalogStore(folderURL: URL(filePath: "katalog/"), dialect: .excel)
/// var catalog = try await store.load()
/// catalog.offers.upsert(offer)
/// try await store.save(catalog)
/// ```
public typealias CSVCatalogStore = FileCatalogStore<CSVCatalogFolder>

extension FileCatalogStore where File == CSVCatalogFolder {
    /// A store over the folder at `folderURL` (or, read-only, a single CSV file of offers).
    /// - Parameters:
    ///   - folderURL: the folder of tables, or a single `.csv` file of offers (read-only).
    ///   - dialect: how files are written; any dialect is read.
    ///   - mapping: the integrator's column names, for reading.
    ///   - includesPersonalData: `false` leaves personal contact data out when saving.
    public init(
        folderURL: URL, dialect: CSVDialect = .rfc4180, mapping: ColumnMapping = ColumnMapping(), includesPersonalData: Bool = true
    ) {
        self.init(
            file: CSVCatalogFolder(
                url: folderURL, importOptions: CSVImportOptions(mapping: mapping),
                writer: CSVCatalogWriter(dialect: dialect, includesPersonalData: includesPersonalData)))
    }
}
