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
        var read: JSONDocument.Decoded<FHIRBundle>
        do {
            read = try document.read(FHIRBundle.init)
        } catch let error as DecodingError {
            throw FHIRDecodingFailure.storeError(error, bundle: document, file: file)
        }
        guard read.value.resourceType == "Bundle" else {
            throw StoreError(
                .unsupportedVersion, "not a FHIR Bundle: resourceType is \"\(read.value.resourceType.prefix(40))\"; expected \"Bundle\" (or use the NDJSON format)",
                file: file, field: "resourceType")
        }
        // Taken out of the bundle, so that the reader can move each resource out of the one copy.
        let entries = read.value.entry.take() ?? []
        let types = entries.map { $0.resource?.resourceType ?? "?" }
        let context = FHIRReadContext(file: file) { index in
            ("entry[\(index)].resource", document.location(of: [.key("entry"), .index(index), .key("resource")]).line)
        }
        var reader = FHIRCatalogReader(context: context)
        let catalog = try reader.read(consume entries)
        let unread = FHIRElementCoverage.unreadElements(read.unusedMembers, layout: .bundle, resourceType: { types.indices.contains($0) ? types[$0] : "?" })
        return (catalog, context.reportAdding(unread))
    }
}
