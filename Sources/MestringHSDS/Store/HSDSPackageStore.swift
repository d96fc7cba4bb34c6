import Foundation
import Mestring

/// A store that keeps the catalogue as an HSDS 3.0 tabular data package (a folder of CSV tables),
/// for HSDS tools and spreadsheets that work with the tabular form.
///
/// ```swift
/// let store = HSDSPackageStore(folderURL: URL(filePath: "tilbud-hsds"))
/// try await store.save(catalog)
/// ```
public typealias HSDSPackageStore = FileCatalogStore<HSDSPackageFile>

extension FileCatalogStore where File == HSDSPackageFile {
    /// A store over the package folder at `folderURL`.
    /// - Parameters:
    ///   - folderURL: The folder; it need not exist before the first save.
    ///   - includesPersonalData: `true` writes people's names and contacts; by default only the
    ///     public export is written.
    public init(folderURL: URL, includesPersonalData: Bool = false) {
        self.init(file: HSDSPackageFile(url: folderURL, includesPersonalData: includesPersonalData))
    }
}
