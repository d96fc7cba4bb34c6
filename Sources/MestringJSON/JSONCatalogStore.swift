import Foundation
import Mestring

/// A store that keeps the catalogue in one JSON file.
///
/// The JSON file is the format to keep a catalogue in git and to exchange it with systems in
/// other languages (the JSON Schema is published). Record changes rewrite the file atomically.
///
/// ```swift
/// let store = JSONCatalogStore(fileURL: URL(filePath: "catalog.json"))
/// var catalog = try await store.load()
/// catalog.offers.upsert(offer)
/// try await store.save(catalog)
/// ```
public typealias JSONCatalogStore = FileCatalogStore<JSONCatalogFile>

extension FileCatalogStore where File == JSONCatalogFile {
    /// A store over the JSON file at `fileURL`.
    /// - Parameters:
    ///   - fileURL: The JSON file; it need not exist before the first save.
    ///   - includesPersonalData: `false` saves the public export, without personal contact data.
    public init(fileURL: URL, includesPersonalData: Bool = true) {
        self.init(file: JSONCatalogFile(url: fileURL, coder: JSONCatalogCoder(includesPersonalData: includesPersonalData)))
    }
}
