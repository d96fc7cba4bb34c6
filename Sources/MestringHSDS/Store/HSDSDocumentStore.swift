import Foundation
import Mestring

/// A store that keeps the catalogue as one HSDS 3.0 JSON document, for publishing offers to
/// Open Referral tools and for loading their feeds.
///
/// ```swift
/// let store = HSDSDocumentStore(fileURL: URL(filePath: "tilbud.hsds.json"))
/// try await store.save(catalog)          // the public export: no personal data
/// ```
public typealias HSDSDocumentStore = FileCatalogStore<HSDSDocumentFile>

extension FileCatalogStore where File == HSDSDocumentFile {
    /// A store over the HSDS document at `fileURL`.
    /// - Parameters:
    ///   - fileURL: The JSON file; it need not exist before the first save.
    ///   - includesPersonalData: `true` writes people's names and contacts; by default only the
    ///     public export is written.
    public init(fileURL: URL, includesPersonalData: Bool = false) {
        self.init(file: HSDSDocumentFile(url: fileURL, coder: HSDSDocumentCoder(includesPersonalData: includesPersonalData)))
    }
}
