import Foundation
import Mestring
import MestringAdapterKit

/// Reads NDJSON, one resource per line: each line is checked and read as a document of its own,
/// so that a syntax or type error names the line, and the elements no model read are placed as
/// `[i]…` of the resource on the i-th line with content.
struct FHIRNDJSONDecoding {
    let data: Data
    let file: String?

    func decode() throws -> (catalog: Catalog, report: FHIRImportReport) {
        var lines: [Int] = []
        var resources: [FHIRResource] = []
        var unreadPaths: [FHIRElementCoverage.Path] = []
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineNumber = 0
            var lineStart = 0
            while lineStart <= bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                lineNumber += 1
                let range = lineStart..<lineEnd
                lineStart = lineEnd + 1
                guard bytes[range].contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t") }) else { continue }
                let index = resources.count
                let (resource, unread) = try Self.resource(Data(UnsafeRawBufferPointer(rebasing: raw[range])), line: lineNumber, file: file)
                lines.append(lineNumber)
                resources.append(resource)
                unreadPaths += unread.map { [.index(index)] + $0 }
            }
        }
        let entries = resources.map { FHIRBundle.Entry(fullUrl: Self.fullURL(of: $0), resource: $0) }
        let context = FHIRReadContext(file: file) { index in ("", lines.indices.contains(index) ? lines[index] : nil) }
        var reader = FHIRCatalogReader(context: context)
        let catalog = try reader.read(entries)
        let unread = FHIRElementCoverage.unreadElements(
            unreadPaths, layout: .array, resourceType: { resources.indices.contains($0) ? resources[$0].resourceType : "?" })
        return (catalog, context.reportAdding(unread))
    }

    /// The resource on one line and the paths, within it, of the elements no model read.
    private static func resource(_ text: Data, line: Int, file: String?) throws -> (FHIRResource, [FHIRElementCoverage.Path]) {
        let document: JSONDocument
        do {
            document = try JSONDocument(text)
        } catch {
            throw StoreError(
                .malformedData, error.message + " (each line must be one whole resource)", file: file, line: line, column: error.location.column)
        }
        do {
            let read = try document.read(FHIRResource.init)
            return (read.value, read.unusedMembers)
        } catch let error as DecodingError {
            throw FHIRDecodingFailure.storeError(error, resource: document, line: line, file: file)
        }
    }

    /// NDJSON has no full URLs: Mestring's resources are referred to as `urn:uuid:<id>`, foreign
    /// ones as `Type/id`, which the reference index also knows.
    static func fullURL(of resource: FHIRResource) -> String? {
        let id: String? =
            switch resource {
            case .organization(let value): value.id
            case .healthcareService(let value): value.id
            case .location(let value): value.id
            case .practitionerRole(let value): value.id
            case .careTeam(let value): value.id
            case .planDefinition(let value): value.id
            case .basic(let value): value.id
            case .other: nil
            }
        guard let id else { return nil }
        return NameBasedUUID.isUUID(id) ? "urn:uuid:" + id : resource.resourceType + "/" + id
    }
}
