import Foundation
import Mestring

/// A store that keeps the catalogue as FHIR R4 resources in one file: a Bundle of type
/// `collection`, or NDJSON with one resource per line.
///
/// Use it to publish offers to a FHIR-based health-service directory, or to read a directory's
/// export and check it against the co-design rules. Record changes rewrite the file atomically.
///
/// ```swift
/// let store = FHIRCatalogStore(fileURL: URL(filePath: "katalog.fhir.json"))
/// try await store.save(catalog)            // the public export, as no-basis resources
/// ```
public typealias FHIRCatalogStore = FileCatalogStore<FHIRCatalogFile>

extension FileCatalogStore where File == FHIRCatalogFile {
    /// A store over the FHIR file at `fileURL`.
    /// - Parameters:
    ///   - fileURL: The file; it need not exist before the first save.
    ///   - format: A Bundle (`.bundle`) or one resource per line (`.ndjson`).
    ///   - includesPersonalData: `true` writes people's contact details and unlisted names too;
    ///     by default the store saves the public export.
    public init(fileURL: URL, format: FHIRCatalogFormat = .bundle, includesPersonalData: Bool = false) {
        self.init(file: FHIRCatalogFile(url: fileURL, coder: FHIRCatalogCoder(format: format, includesPersonalData: includesPersonalData)))
    }
}
