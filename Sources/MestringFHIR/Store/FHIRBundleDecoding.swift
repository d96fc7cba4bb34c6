import Foundation
import Mestring
import MestringAdapterKit

/// Reads one Bundle document: syntax, the resource models, Mestring's mapping, and the elements
/// the models did not read, all from one check of the text and one walk of its members.
///
/// A bundle in the layout Mestring writes (the bundle's own members on the first line, then one
/// entry a line, then `]}`) has its entries checked and read in parts on every processor, as
/// ``FHIRLineArray``; any other layout, and any bundle that fails to read that way, is read as
/// one document, which finds the first error and words it with its place.
struct FHIRBundleDecoding {
    let data: Data
    let file: String?

    func decode() throws -> (catalog: Catalog, report: FHIRImportReport) {
        let (entries, unreadPaths, line) = try entriesOneALine() ?? entriesOfOneDocument()
        let types = entries.map { $0.resource?.resourceType ?? "?" }
        let context = FHIRReadContext(file: file) { index in ("entry[\(index)].resource", line(index)) }
        var reader = FHIRCatalogReader(context: context)
        let catalog = try reader.read(consume entries)
        let unread = FHIRElementCoverage.unreadElements(unreadPaths, layout: .bundle, resourceType: { types.indices.contains($0) ? types[$0] : "?" })
        return (catalog, context.reportAdding(unread))
    }

    /// The entries, the paths of the members no model read, and the line of each entry's resource.
    private typealias Entries = (entries: [FHIRBundle.Entry], unread: [FHIRElementCoverage.Path], line: (Int) -> Int?)

    /// The whole text read as one document.
    private func entriesOfOneDocument() throws -> Entries {
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
        return (entries, read.unusedMembers, { document.location(of: Self.resourcePath($0)).line })
    }

    /// The entries of a bundle written one a line, read in parts; `nil` for another layout or
    /// when anything fails to read, so that the one-document reading words the error.
    ///
    /// The layout is ``JSONLinedArray/member(_:of:)``'s, with the entries as the array.
    private func entriesOneALine() -> Entries? {
        guard let (head, lines) = JSONLinedArray.member("entry", of: data), let document = try? JSONDocument(head),
            let bundle = try? document.read(FHIRBundle.init), bundle.value.resourceType == "Bundle", bundle.value.entry?.isEmpty == true,
            let entries = FHIRLineArray(lines: lines, element: FHIRBundle.Entry.init).read()
        else { return nil }
        let data = data
        return (
            entries.elements, bundle.unusedMembers + entries.unread.map { [.key("entry")] + $0 },
            { index in (try? JSONDocument(data))?.location(of: Self.resourcePath(index)).line }
        )
    }

    private static func resourcePath(_ index: Int) -> [JSONSourceMap.PathComponent] { [.key("entry"), .index(index), .key("resource")] }
}
