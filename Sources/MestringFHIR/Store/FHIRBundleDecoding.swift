import Foundation
import Mestring
import MestringAdapterKit

/// Reads one Bundle document: syntax, the resource models, Mestring's mapping, and the elements
/// the models did not read.
struct FHIRBundleDecoding {
    let data: Data
    let file: String?

    func decode() throws -> (catalog: Catalog, report: FHIRImportReport) {
        let map = JSONSourceMap(data)
        if let syntax = map.firstSyntaxError() {
            throw StoreError(.malformedData, syntax.message, file: file, line: syntax.location.line, column: syntax.location.column)
        }
        let bundle: FHIRBundle
        do {
            bundle = try JSONDecoder().decode(FHIRBundle.self, from: data)
        } catch let error as DecodingError {
            throw FHIRDecodingFailure.storeError(error, map: map, file: file, layout: .bundle, data: data)
        }
        guard bundle.resourceType == "Bundle" else {
            throw StoreError(
                .unsupportedVersion, "not a FHIR Bundle: resourceType is \"\(bundle.resourceType.prefix(40))\"; expected \"Bundle\" (or use the NDJSON format)",
                file: file, field: "resourceType")
        }
        let entries = bundle.entry ?? []
        let context = FHIRReadContext(file: file) { index in
            let prefix = "entry[\(index)].resource"
            return (prefix, map.location(ofFieldPath: prefix)?.line)
        }
        var reader = FHIRCatalogReader(context: context)
        let catalog = try reader.read(entries)
        let encoder = JSONEncoder()
        let unread = FHIRElementCoverage.unreadElements(
            input: map.bytes, layout: .bundle, resourceType: { entries.indices.contains($0) ? entries[$0].resource?.resourceType ?? "?" : "?" },
            encodeResource: { index in entries.indices.contains(index) ? try? encoder.encode(entries[index].resource) : nil },
            encodeDocument: {
                var shell = bundle
                shell.entry = entries.first.map { [FHIRBundle.Entry(fullUrl: $0.fullUrl, resource: nil)] }
                return try? encoder.encode(shell)
            })
        var report = context.report
        report.unmappedElements += unread.filter { $0.index.map { !context.skippedIndices.contains($0) } ?? true }.map { FHIRImportReport.Element(resourceIndex: $0.index, resourceType: $0.type, path: $0.path, reason: "no place in Mestring") }
        return (catalog, report)
    }
}
