import Foundation
import Mestring
import MestringAdapterKit

/// Turns a ``Mestring/Catalog`` into Mestring's JSON format and back.
///
/// Output is deterministic (sorted keys, two-space pretty printing, a final newline), so that a
/// catalogue kept in git shows readable diffs, and converting a file twice gives the same bytes.
/// Reading reports problems as ``Mestring/StoreError`` with the line, column and JSON path:
/// `catalog.json:41:23: offers[12].audiences[0]: unknown audience "pasient"; expected one of …`.
///
/// ```swift
/// let data = try JSONCatalogCoder().encode(catalog)
/// let again = try JSONCatalogCoder().decode(data, file: "catalog.json")
/// ```
public struct JSONCatalogCoder: Sendable {
    /// Whether personal contact data is written. A public export leaves it out.
    public var includesPersonalData: Bool

    /// A coder; with `includesPersonalData: false` it writes the public export.
    public init(includesPersonalData: Bool = true) {
        self.includesPersonalData = includesPersonalData
    }

    /// The catalogue as JSON text in UTF-8.
    public func encode(_ catalog: Catalog) throws -> Data {
        let exported = includesPersonalData ? catalog : catalog.publicExport()
        return try JSONByteEncoder().encode(CatalogDocument(exported), endingWithNewline: true)
    }

    /// Reads a catalogue; `file` is used in error messages only.
    public func decode(_ data: Data, file: String? = nil) throws -> Catalog {
        try decodeWithDocument(data, file: file).catalog
    }

    /// Reads a catalogue and keeps the checked text, so that places in it (of validation
    /// findings) can be found without reading the file again.
    package func decodeWithDocument(_ data: Data, file: String? = nil) throws -> (catalog: Catalog, document: JSONDocument) {
        guard !data.isEmpty else { throw FileContents.emptyFile(file) }
        let document = try JSONDocument(data, file: file)
        return (try decode(document, file: file).catalog, document)
    }

    /// The document read by hand (``CatalogDocumentReader``), or through `Decodable` when the
    /// hand-written readers do not accept it, so that the error is worded as it always was.
    /// `byHand: false` reads through `Decodable` only: the test that holds both ways to the same
    /// result compares them with it.
    /// `parts` overrides how many processors read the offers (``CatalogDocumentReader/read(_:parts:)``), for tests.
    func decode(_ document: JSONDocument, file: String?, byHand: Bool = true, parts: Int? = nil) throws -> CatalogDocument {
        let parts = parts ?? CatalogDocumentReader.parts(forBytes: document.data.count)
        let read = byHand ? try? CatalogDocumentReader.read(document, parts: parts) : nil
        let decoded: JSONDocument.Decoded<CatalogDocument>
        if let read {
            decoded = read
        } else {
            do {
                decoded = try decodeMapped(CatalogDocument.self, document, file)
            } catch {
                // A foreign or newer file fails for that reason, not for the first field it lacks.
                try checkHeader(try decodeMapped(CatalogDocument.Header.self, document, file).value, document, file)
                throw error
            }
        }
        let header = CatalogDocument.Header(format: decoded.value.format, version: decoded.value.version)
        try checkHeader(header, document, file)
        if let unknown = decoded.firstUnusedMember {
            let location = document.location(of: unknown)
            let name: String = if case .key(let key)? = unknown.last { key } else { "?" }
            throw StoreError(
                .malformedData, "unknown field \(StoreError.excerpt(name)); Mestring would ignore it and lose its value (check the spelling)",
                file: file, line: location.line, column: location.column, field: JSONSourceMap.fieldPath(unknown))
        }
        return decoded.value
    }

    func checkHeader(_ header: CatalogDocument.Header, _ document: JSONDocument, _ file: String?) throws {
        guard header.format == JSONCatalogFormat.name else {
            let found = header.format.map { StoreError.excerpt($0) } ?? "no format field"
            let location = document.location(of: header.format == nil ? [] : [.key("format")])
            throw StoreError(
                .unsupportedVersion, "not a Mestring catalogue: found \(found); expected \"\(JSONCatalogFormat.name)\"",
                file: file, line: location.line, column: location.column, field: "format")
        }
        guard let version = header.version, (1...JSONCatalogFormat.version).contains(version) else {
            let found = header.version.map(String.init) ?? "none"
            let location = document.location(of: [.key("version")])
            throw StoreError(
                .unsupportedVersion,
                "format version \(found) is not supported; this Mestring reads versions 1 to \(JSONCatalogFormat.version)"
                    + ((header.version ?? 0) > JSONCatalogFormat.version ? " (the file was written by a newer Mestring)" : ""),
                file: file, line: location.line, column: location.column, field: "version")
        }
    }

    private func decodeMapped<Value: Decodable>(
        _ type: Value.Type, _ document: JSONDocument, _ file: String?
    ) throws -> JSONDocument.Decoded<Value> {
        do {
            return try document.decode(type)
        } catch let error as DecodingError {
            var converted = StoreError(error, file: file)
            let location = document.location(of: JSONSourceMap.components(of: converted.field ?? ""))
            converted.line = location.line
            converted.column = location.column
            throw converted
        }
    }
}
