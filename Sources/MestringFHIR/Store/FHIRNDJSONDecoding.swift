import Foundation
import Mestring
import MestringAdapterKit

/// Reads NDJSON, one resource per line: each line is parsed in place, and the resources are
/// decoded together as one array while each keeps its line number for messages.
struct FHIRNDJSONDecoding {
    let data: Data
    let file: String?

    func decode() throws -> (catalog: Catalog, report: FHIRImportReport) {
        let bytes = [UInt8](data)
        var lines: [Int] = []
        var ranges: [Range<Int>] = []
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            lineNumber += 1
            let range = lineStart..<lineEnd
            lineStart = lineEnd + 1
            guard bytes[range].contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t") }) else { continue }
            lines.append(lineNumber)
            ranges.append(range)
        }
        let (values, failure) = JSONValue.parsing(bytes, ranges: ranges)
        if let (index, error) = failure {
            throw StoreError(
                .malformedData, error.message + " (each line must be one whole resource)", file: file, line: lines[index],
                column: error.location.column)
        }
        let originalLine = { (index: Int) -> Int? in lines.indices.contains(index) ? lines[index] : nil }
        let resources: [FHIRResource]
        let unreadPaths: [FHIRElementCoverage.Path]
        do {
            (resources, unreadPaths) = try JSONTreeDecoder().decodeReportingUnread([FHIRResource].self, from: .array(values))
        } catch let error as DecodingError {
            let array = Self.array(of: ranges, in: bytes)
            throw FHIRDecodingFailure.storeError(
                error, map: JSONSourceMap(array), file: file, layout: .array, data: Data(array), lineOfResource: originalLine)
        }
        let entries = resources.map { FHIRBundle.Entry(fullUrl: Self.fullURL(of: $0), resource: $0) }
        let context = FHIRReadContext(file: file) { index in ("", originalLine(index)) }
        var reader = FHIRCatalogReader(context: context)
        let catalog = try reader.read(entries)
        let unread = FHIRElementCoverage.unreadElements(
            unreadPaths, layout: .array, resourceType: { resources.indices.contains($0) ? resources[$0].resourceType : "?" })
        var report = context.report
        report.unmappedElements += unread.filter { $0.index.map { !context.skippedIndices.contains($0) } ?? true }.map {
            FHIRImportReport.Element(resourceIndex: $0.index, resourceType: $0.type, path: $0.path, reason: "no place in Mestring")
        }
        return (catalog, report)
    }

    /// The lines as one JSON array, one element a line, which the error messages of a failed
    /// decoding are located in.
    private static func array(of ranges: [Range<Int>], in bytes: [UInt8]) -> [UInt8] {
        var array: [UInt8] = [UInt8(ascii: "[")]
        for (index, range) in ranges.enumerated() {
            if index > 0 { array += [UInt8(ascii: ","), UInt8(ascii: "\n")] }
            array += bytes[range]
        }
        array.append(UInt8(ascii: "]"))
        return array
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
            case .structureDefinition(let value): value.id
            case .other: nil
            }
        guard let id else { return nil }
        return NameBasedUUID.isUUID(id) ? "urn:uuid:" + id : resource.resourceType + "/" + id
    }
}
