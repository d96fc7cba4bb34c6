import Foundation
import Mestring

/// A catalogue in one JSON file: what ``JSONCatalogStore`` reads and writes.
///
/// Writes are atomic: the new content goes to a temporary file in the same folder, which is then
/// renamed over the old file, so a failed or interrupted write leaves the previous file intact.
public struct JSONCatalogFile: CatalogFile {
    /// The JSON file.
    public let url: URL
    /// How the catalogue is encoded and decoded, including whether personal data is written.
    public var coder: JSONCatalogCoder

    /// The JSON file at `url`; it need not exist before the first write.
    public init(url: URL, coder: JSONCatalogCoder = JSONCatalogCoder()) {
        self.url = url
        self.coder = coder
    }

    /// Reads and decodes the file: `.notFound` when it does not exist, `.malformedData` or
    /// `.unsupportedVersion` with the line and column when it is not a catalogue this Mestring reads.
    public func read() throws -> Catalog {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw StoreError(
                exists ? .io : .notFound, exists ? "cannot read the file: \(error.localizedDescription)" : "no such file",
                file: url.path)
        }
        return try coder.decode(data, file: url.path)
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
