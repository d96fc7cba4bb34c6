import Foundation
import Mestring
import MestringAdapterKit

/// Reads NDJSON, one resource per line, by decoding the lines as one JSON array (one decoder run
/// instead of one per line) while keeping each resource's line number for messages.
struct FHIRNDJSONDecoding {
    let data: Data
    let file: String?

    func decode() throws -> (catalog: Catalog, report: FHIRImportReport) {
        var array: [UInt8] = [UInt8(ascii: "[")]
        array.reserveCapacity(data.count + 2)
        var lines: [Int] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t") }) else { continue }
            if !lines.isEmpty { array += [UInt8(ascii: ","), UInt8(ascii: "\n")] }
            array += line
            lines.append(lineNumber)
        }
        array.append(UInt8(ascii: "]"))
        let originalLine = { (index: Int) -> Int? in lines.indices.contains(index) ? lines[index] : nil }
        let map = JSONSourceMap(array)
        if let syntax = map.firstSyntaxError() {
            let line = lines.indices.contains(syntax.location.line - 1) ? lines[syntax.location.line - 1] : syntax.location.line
            throw StoreError(
                .malformedData, syntax.message + " (each line must be one whole resource)", file: file, line: line,
                column: syntax.location.line == 1 ? syntax.location.column - 1 : syntax.location.column)
        }
        let arrayData = Data(array)
        let resources: [FHIRResource]
        do {
            resources = try JSONDecoder().decode([FHIRResource].self, from: arrayData)
        } catch let error as DecodingError {
            throw FHIRDecodingFailure.storeError(error, map: map, file: file, layout: .array, data: arrayData, lineOfResource: originalLine)
        }
        let entries = resources.map { FHIRBundle.Entry(fullUrl: Self.fullURL(of: $0), resource: $0) }
        let context = FHIRReadContext(file: file) { index in ("", originalLine(index)) }
        var reader = FHIRCatalogReader(context: context)
        let catalog = try reader.read(entries)
        let encoder = JSONEncoder()
        let unread = FHIRElementCoverage.unreadElements(
            input: array, layout: .array, resourceType: { resources.indices.contains($0) ? resources[$0].resourceType : "?" },
            encodeResource: { index in resources.indices.contains(index) ? try? encoder.encode(resources[index]) : nil },
            encodeDocument: { nil })
        var report = context.report
        report.unmappedElements += unread.filter { $0.index.map { !context.skippedIndices.contains($0) } ?? true }.map {
            FHIRImportReport.Element(resourceIndex: $0.index, resourceType: $0.type, path: $0.path, reason: "no place in Mestring")
        }
        return (catalog, report)
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
