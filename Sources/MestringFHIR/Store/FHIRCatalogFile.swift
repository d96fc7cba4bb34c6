import Foundation
import Mestring

/// A catalogue as FHIR R4 resources in one file (a Bundle, or NDJSON): what ``FHIRCatalogStore``
/// reads and writes.
///
/// Writes are atomic: the new content goes to a temporary file beside the target, which is then
/// renamed over it, so a failed or interrupted write leaves the previous file intact.
public struct FHIRCatalogFile: CatalogFile {
    /// The file.
    public let url: URL
    /// The layout and whether personal data is written.
    public var coder: FHIRCatalogCoder

    /// The FHIR file at `url`; it need not exist before the first write.
    public init(url: URL, coder: FHIRCatalogCoder = FHIRCatalogCoder()) {
        self.url = url
        self.coder = coder
    }

    /// Reads and decodes the file: `.notFound` when it does not exist, `.malformedData` with the
    /// resource, its index and the element path when it cannot be read.
    public func read() throws -> Catalog { try readWithReport().catalog }

    /// Reads the file and reports what had no place in Mestring (see ``FHIRImportReport``).
    public func readWithReport() throws -> (catalog: Catalog, report: FHIRImportReport) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw StoreError(
                exists ? .io : .notFound, exists ? "cannot read the file: \(error.localizedDescription)" : "no such file", file: url.path)
        }
        return try coder.decodeWithReport(data, file: url.path)
    }

    /// Encodes the catalogue and replaces the file atomically.
    public func write(_ catalog: Catalog) throws {
        let data = try coder.encode(catalog)
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw StoreError(.io, "cannot write the file: \(error.localizedDescription)", file: url.path)
        }
    }
}
