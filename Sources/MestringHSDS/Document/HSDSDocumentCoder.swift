import Foundation
import Mestring
import MestringAdapterKit

/// Turns a catalogue into an HSDS 3.0 JSON document and back.
///
/// The document is a page of organisations with their services and programs, the shape of the
/// HSDS API's `/organizations` with full details; each organisation validates against HSDS's
/// compiled `organization.json` schema. Reading also accepts a list of services, a single
/// organisation or service, and a bare array, as HSDS tools write them. Output is deterministic:
/// the same catalogue always gives the same bytes, UUIDs included.
///
/// ```swift
/// let data = HSDSDocumentCoder().encode(catalog)
/// let (again, report) = try HSDSDocumentCoder().decodeWithReport(data, file: "feed.json")
/// ```
public struct HSDSDocumentCoder: Sendable {
    /// Whether people's names and contacts are written. By default a document carries the public
    /// export only: personal data goes out only when asked for.
    public var includesPersonalData: Bool

    /// A coder; personal data is left out unless `includesPersonalData` is `true`.
    public init(includesPersonalData: Bool = false) {
        self.includesPersonalData = includesPersonalData
    }

    /// The catalogue as an HSDS document in UTF-8.
    public func encode(_ catalog: Catalog) -> Data {
        HSDSExporter(catalog: catalog, includesPersonalData: includesPersonalData).document()
    }

    /// Reads an HSDS document; `file` is used in error messages only.
    public func decode(_ data: Data, file: String? = nil) throws -> Catalog {
        try decodeWithReport(data, file: file).catalog
    }

    /// Reads an HSDS document and reports what found no place in Mestring.
    ///
    /// A page of a megabyte or more written one organisation a line, as Mestring writes it, is
    /// checked and read in runs of lines on every processor, each run a document of its own;
    /// any other document, and one that fails to read that way, is checked as one text.
    /// - Throws: ``Mestring/StoreError`` `.malformedData` with line, column and JSON path when the
    ///   text is not JSON or not HSDS.
    public func decodeWithReport(_ data: Data, file: String? = nil) throws -> (catalog: Catalog, report: HSDSImportReport) {
        let parts = Self.parts(forBytes: data.count)
        if parts > 1, var importer = HSDSImporter.readingLines(data, parts: parts) {
            return (importer.catalog(), importer.report)
        }
        return try Self.importing(JSONDocument(data, file: file)) { error in
            var located = error
            located.file = file
            if let field = error.field, let location = JSONSourceMap([UInt8](data)).location(ofFieldPath: field) {
                located.line = location.line
                located.column = location.column
            }
            return located
        }
    }

    /// Imports a checked document, letting `locate` add the file and place to errors. A document
    /// of a megabyte or more is read on every processor (``HSDSImporter/reading(_:parts:)``);
    /// `parts` overrides that, for tests.
    static func importing(
        _ document: JSONDocument, parts: Int? = nil, locate: (StoreError) -> StoreError
    ) throws -> (catalog: Catalog, report: HSDSImportReport) {
        let parts = parts ?? Self.parts(forBytes: document.data.count)
        do {
            var importer = try HSDSImporter.reading(document, parts: parts)
            return (importer.catalog(), importer.report)
        } catch let error as StoreError {
            throw locate(error)
        }
    }

    /// How many parts a document of `count` bytes is read in: one per processor from a megabyte
    /// on, below which starting threads costs more than it saves.
    private static func parts(forBytes count: Int) -> Int {
        count < 1 << 20 ? 1 : ProcessInfo.processInfo.activeProcessorCount
    }
}
