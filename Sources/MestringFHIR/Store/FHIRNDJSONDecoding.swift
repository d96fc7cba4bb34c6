import Foundation
import Mestring
import MestringAdapterKit

/// Reads NDJSON, one resource per line. The lines are checked and read together, as the elements
/// of one array made of them (``FHIRLineArray``, in parts on every processor); only when that
/// fails is each line read as a document of its own,
/// so that a syntax or type error names its line. The elements no model read are placed as
/// `[i]…` of the resource on the i-th line with content either way.
struct FHIRNDJSONDecoding {
    let data: Data
    let file: String?

    func decode() throws -> (catalog: Catalog, report: FHIRImportReport) {
        let lines = contentLines()
        let (entries, unreadPaths) = try FHIRLineArray(lines: JSONLinedArray(elements: lines.map(\.range), of: data), element: Self.entry).read() ?? entriesLineByLine(lines)
        let types = entries.map { $0.resource?.resourceType ?? "?" }
        let context = FHIRReadContext(file: file) { index in ("", lines.indices.contains(index) ? lines[index].number : nil) }
        var reader = FHIRCatalogReader(context: context)
        let catalog = try reader.read(consume entries)
        let unread = FHIRElementCoverage.unreadElements(unreadPaths, layout: .array, resourceType: { types.indices.contains($0) ? types[$0] : "?" })
        return (catalog, context.reportAdding(unread))
    }

    /// A line with content: its bytes and its number from 1.
    struct Line {
        var range: Range<Int>
        var number: Int
    }

    /// The lines that hold more than spaces, tabs and carriage returns.
    private func contentLines() -> [Line] {
        data.withUnsafeBytes { raw in
            JSONLinedArray.lines(of: raw).enumerated().compactMap { index, range in
                let hasContent = raw[range].contains { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t") }
                return hasContent ? Line(range: range, number: index + 1) : nil
            }
        }
    }

    /// Each line read as a document of its own; fails at the first line that is not one
    /// readable resource.
    private func entriesLineByLine(_ lines: [Line]) throws -> ([FHIRBundle.Entry], [FHIRElementCoverage.Path]) {
        var entries: [FHIRBundle.Entry] = []
        var unreadPaths: [FHIRElementCoverage.Path] = []
        try data.withUnsafeBytes { raw in
            for line in lines {
                let index = entries.count
                let (entry, unread) = try Self.entry(Data(UnsafeRawBufferPointer(rebasing: raw[line.range])), line: line.number, file: file)
                entries.append(entry)
                unreadPaths += unread.map { [.index(index)] + $0 }
            }
        }
        return (entries, unreadPaths)
    }

    /// The resource on one line and the paths, within it, of the elements no model read.
    private static func entry(_ text: Data, line: Int, file: String?) throws -> (FHIRBundle.Entry, [FHIRElementCoverage.Path]) {
        let document: JSONDocument
        do {
            document = try JSONDocument(text)
        } catch {
            throw StoreError(
                .malformedData, error.message + " (each line must be one whole resource)", file: file, line: line, column: error.location.column)
        }
        do {
            let read = try document.read(entry)
            return (read.value, read.unusedMembers)
        } catch let error as DecodingError {
            throw FHIRDecodingFailure.storeError(error, resource: document, line: line, file: file)
        }
    }

    /// A resource as an entry with the full URL others refer to it by.
    private static func entry(_ node: JSONNode) throws -> FHIRBundle.Entry {
        let resource = try FHIRResource(node)
        return FHIRBundle.Entry(fullUrl: fullURL(of: resource), resource: resource)
    }

    /// NDJSON has no full URLs: Mestring's resources are referred to as `urn:uuid:<id>`, foreign
    /// ones as `Type/id`, which the reference index also knows.
    private static func fullURL(of resource: FHIRResource) -> String? {
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
