import Foundation
import Mestring
import MestringAdapterKit

/// A catalogue in one JSON file: what ``JSONCatalogStore`` reads and writes.
///
/// Writes go through ``MestringAdapterKit/AtomicWrite``: a failed or killed write leaves the
/// previous file intact and nothing beside it, and a symbolic link is followed (its target is
/// replaced, the link stays).
public struct JSONCatalogFile: CatalogFile, CatalogRecordSource {
    /// The JSON file.
    public let url: URL
    /// How the catalogue is encoded and decoded, including whether personal data is written.
    public var coder: JSONCatalogCoder

    /// The JSON file at `url`; it need not exist before the first write.
    public init(url: URL, coder: JSONCatalogCoder = JSONCatalogCoder()) {
        self.url = url
        self.coder = coder
    }

    /// Reads and decodes the file: `.notFound` when it does not exist, `.malformedData` for an
    /// empty file or a folder, `.malformedData` or `.unsupportedVersion` with the line and column
    /// when it is not a catalogue this Mestring reads.
    public func read() throws -> Catalog {
        try coder.decode(try FileContents.read(url, expecting: "a JSON file"), file: url.path)
    }

    /// Reads and decodes the file like ``read()``, and keeps the checked text for finding places
    /// in it (the lines of validation findings) without reading the file a second time.
    package func readWithDocument() throws -> (catalog: Catalog, document: JSONDocument) {
        try coder.decodeWithDocument(try FileContents.read(url, expecting: "a JSON file"), file: url.path)
    }

    /// Reads the file and hands its records to `sink` one by one as they are read, without building
    /// the catalogue: the file's text is in memory, its decoded copy never is. The sink gets what
    /// ``read()`` would give, and a broken file gives ``read()``'s error, also when the broken record
    /// comes after others were handed on.
    public func send(to sink: inout some CatalogRecordSink) throws {
        try coder.send(try FileContents.read(url, expecting: "a JSON file"), file: url.path, to: &sink)
    }

    /// Encodes the catalogue and replaces the file atomically.
    public func write(_ catalog: Catalog) throws {
        try AtomicWrite.file(at: url, contents: try coder.encode(catalog))
    }
}
