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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let exported = includesPersonalData ? catalog : catalog.publicExport()
        var data = try encoder.encode(CatalogDocument(exported))
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Reads a catalogue; `file` is used in error messages only.
    public func decode(_ data: Data, file: String? = nil) throws -> Catalog {
        guard !data.isEmpty else { throw FileContents.emptyFile(file) }
        let map = JSONSourceMap(data)
        if let syntax = map.firstSyntaxError() {
            throw StoreError(
                .malformedData, syntax.message, file: file, line: syntax.location.line, column: syntax.location.column,
                field: syntax.path.map(JSONSourceMap.fieldPath))
        }
        let decoder = JSONDecoder()
        let document: CatalogDocument
        do {
            document = try decodeMapped(CatalogDocument.self, from: data, decoder, map, file)
        } catch {
            // A foreign or newer file fails for that reason, not for the first field it lacks.
            try checkHeader(try decodeMapped(CatalogDocument.Header.self, from: data, decoder, map, file), map, file)
            throw error
        }
        try checkHeader(CatalogDocument.Header(format: document.format, version: document.version), map, file)
        let catalog = document.catalog
        if let dropped = DroppedFieldDetector.firstDroppedField(input: map.bytes, catalog: catalog) {
            let location = map.location(of: dropped)
            let name: String = if case .key(let key)? = dropped.last { key } else { "?" }
            throw StoreError(
                .malformedData, "unknown field \(StoreError.excerpt(name)); Mestring would ignore it and lose its value (check the spelling)",
                file: file, line: location?.line, column: location?.column, field: JSONSourceMap.fieldPath(dropped))
        }
        return catalog
    }

    private func checkHeader(_ header: CatalogDocument.Header, _ map: JSONSourceMap, _ file: String?) throws {
        guard header.format == JSONCatalogFormat.name else {
            let found = header.format.map { StoreError.excerpt($0) } ?? "no format field"
            let location = map.location(ofFieldPath: header.format == nil ? "" : "format")
            throw StoreError(
                .unsupportedVersion, "not a Mestring catalogue: found \(found); expected \"\(JSONCatalogFormat.name)\"",
                file: file, line: location?.line, column: location?.column, field: "format")
        }
        guard let version = header.version, (1...JSONCatalogFormat.version).contains(version) else {
            let found = header.version.map(String.init) ?? "none"
            let location = map.location(ofFieldPath: "version")
            throw StoreError(
                .unsupportedVersion,
                "format version \(found) is not supported; this Mestring reads versions 1 to \(JSONCatalogFormat.version)"
                    + ((header.version ?? 0) > JSONCatalogFormat.version ? " (the file was written by a newer Mestring)" : ""),
                file: file, line: location?.line, column: location?.column, field: "version")
        }
    }

    private func decodeMapped<Value: Decodable>(
        _ type: Value.Type, from data: Data, _ decoder: JSONDecoder, _ map: JSONSourceMap, _ file: String?
    ) throws -> Value {
        do {
            return try decoder.decode(type, from: data)
        } catch let error as DecodingError {
            var converted = StoreError(error, file: file)
            let location = map.location(ofFieldPath: converted.field ?? "")
            converted.line = location?.line
            converted.column = location?.column
            throw converted
        }
    }
}
