import Foundation
import Mestring
import MestringAdapterKit

/// Reads one Bundle document: syntax, the resource models, Mestring's mapping, and the elements
/// the models did not read, all from one parse of the text.
struct FHIRBundleDecoding {
    let data: Data
    let file: String?

    func decode() throws -> (catalog: Catalog, report: FHIRImportReport) {
        let bytes = [UInt8](data)
        let document = try JSONValue(parsingDocument: bytes, file: file)
        let bundle: FHIRBundle
        let unreadPaths: [FHIRElementCoverage.Path]
        do {
            (bundle, unreadPaths) = try JSONTreeDecoder().decodeReportingUnread(FHIRBundle.self, from: document)
        } catch let error as DecodingError {
            throw FHIRDecodingFailure.storeError(error, map: JSONSourceMap(bytes), file: file, layout: .bundle, data: data)
        }
        guard bundle.resourceType == "Bundle" else {
            throw StoreError(
                .unsupportedVersion, "not a FHIR Bundle: resourceType is \"\(bundle.resourceType.prefix(40))\"; expected \"Bundle\" (or use the NDJSON format)",
                file: file, field: "resourceType")
        }
        let entries = bundle.entry ?? []
        let context = FHIRReadContext(file: file) { index in
            let prefix = "entry[\(index)].resource"
            return (prefix, JSONSourceMap(bytes).location(ofFieldPath: prefix)?.line)
        }
        var reader = FHIRCatalogReader(context: context)
        let catalog = try reader.read(entries)
        let unread = FHIRElementCoverage.unreadElements(
            unreadPaths, layout: .bundle, resourceType: { entries.indices.contains($0) ? entries[$0].resource?.resourceType ?? "?" : "?" })
        var report = context.report
        report.unmappedElements += unread.filter { $0.index.map { !context.skippedIndices.contains($0) } ?? true }.map {
            FHIRImportReport.Element(resourceIndex: $0.index, resourceType: $0.type, path: $0.path, reason: "no place in Mestring")
        }
        return (catalog, report)
    }
}
