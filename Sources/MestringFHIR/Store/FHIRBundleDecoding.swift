import Foundation
import Mestring
import MestringAdapterKit

/// Reads one Bundle document: syntax, the resource models, Mestring's mapping, and the elements
/// the models did not read, all from one check of the text and one walk of its members.
struct FHIRBundleDecoding {
    let data: Data
    let file: String?

    func decode() throws -> (catalog: Catalog, report: FHIRImportReport) {
        let document = try JSONDocument(data, file: file)
        let read: JSONDocument.Decoded<FHIRBundle>
        do {
            read = try document.read(FHIRBundle.init)
        } catch let error as DecodingError {
            throw FHIRDecodingFailure.storeError(error, bundle: document, file: file)
        }
        let bundle = read.value
        guard bundle.resourceType == "Bundle" else {
            throw StoreError(
                .unsupportedVersion, "not a FHIR Bundle: resourceType is \"\(bundle.resourceType.prefix(40))\"; expected \"Bundle\" (or use the NDJSON format)",
                file: file, field: "resourceType")
        }
        let entries = bundle.entry ?? []
        let context = FHIRReadContext(file: file) { index in
            ("entry[\(index)].resource", document.location(of: [.key("entry"), .index(index), .key("resource")]).line)
        }
        var reader = FHIRCatalogReader(context: context)
        let catalog = try reader.read(entries)
        let unread = FHIRElementCoverage.unreadElements(
            read.unusedMembers, layout: .bundle, resourceType: { entries.indices.contains($0) ? entries[$0].resource?.resourceType ?? "?" : "?" })
        return (catalog, context.reportAdding(unread))
    }
}
