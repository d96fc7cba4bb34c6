import Foundation
import Mestring
import MestringAdapterKit

/// A catalogue as one HSDS 3.0 JSON document: what ``HSDSDocumentStore`` reads and writes.
///
/// Writes go through ``MestringAdapterKit/AtomicWrite``, so a failed or killed write leaves the
/// previous document intact and nothing beside it.
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
        try coder.decodeWithReport(try FileContents.read(url, expecting: "an HSDS JSON file"), file: url.path)
    }

    /// Encodes the catalogue and replaces the file atomically.
    public func write(_ catalog: Catalog) throws {
        try AtomicWrite.file(at: url, contents: coder.encode(catalog))
    }
}
