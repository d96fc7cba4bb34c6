import Foundation
import Mestring

/// A catalogue as one HSDS 3.0 JSON document: what ``HSDSDocumentStore`` reads and writes.
///
/// Writes are atomic (a temporary file renamed over the old one), so a failed write leaves the
/// previous document intact.
public struct HSDSDocumentFile: CatalogFile {
    /// The JSON file.
    public let url: URL
    /// How the catalogue is encoded, including whether personal data is written.
    public var coder: HSDSDocumentCoder

    /// The HSDS document at `url`; it need not exist before the first write.
    public init(url: URL, coder: HSDSDocumentCoder = HSDSDocumentCoder()) {
        self.url = url
        self.coder = coder
    }

    /// Reads the document: `.notFound` when it does not exist, `.malformedData` with the place
    /// when it is not HSDS.
    public func read() throws -> Catalog { try readWithReport().catalog }

    /// Reads the document and reports what found no place in Mestring.
    public func readWithReport() throws -> (catalog: Catalog, report: HSDSImportReport) {
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
        do {
            try coder.encode(catalog).write(to: url, options: .atomic)
        } catch {
            throw StoreError(.io, "cannot write the file: \(error.localizedDescription)", file: url.path)
        }
    }
}
