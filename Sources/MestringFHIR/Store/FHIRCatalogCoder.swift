import Foundation
import Mestring
import MestringAdapterKit

/// Turns a ``Mestring/Catalog`` into HL7 FHIR R4 resources in Norway's basis profiles, and FHIR
/// resources (Mestring's own or a foreign directory's) back into a catalogue.
///
/// Norwegian health-service directories exchange services as FHIR R4; with this coder a learning
/// and coping centre can publish its offers to such a directory, or check a directory's offers
/// against the co-design rules. Mestring's own data comes back exactly; foreign data comes back
/// as far as Mestring has a place for it, with a ``FHIRImportReport`` of the rest. Personal data
/// (people's contact details, and the names of people who have not consented to be listed) is
/// written only with `includesPersonalData: true`.
///
/// ```swift
/// let data = try FHIRCatalogCoder().encode(catalog)                 // public export as a Bundle
/// let (again, report) = try FHIRCatalogCoder().decodeWithReport(data, file: "katalog.fhir.json")
/// ```
public struct FHIRCatalogCoder: Sendable {
    /// Bundle or NDJSON.
    public var format: FHIRCatalogFormat
    /// Whether personal data is written; without it the coder writes ``Mestring/Catalog/publicExport()``.
    public var includesPersonalData: Bool

    /// A coder for one of the two layouts; personal data only when asked for.
    public init(format: FHIRCatalogFormat = .bundle, includesPersonalData: Bool = false) {
        self.format = format
        self.includesPersonalData = includesPersonalData
    }

    /// The catalogue as FHIR JSON in UTF-8: a Bundle with one entry a line, or one resource a
    /// line. Compact JSON, because FHIR files of a national catalogue are read by programs; a
    /// line per entry still keeps diffs readable.
    public func encode(_ catalog: Catalog) throws -> Data {
        let exported = includesPersonalData ? catalog : catalog.publicExport()
        var json = FHIRJSONWriter(capacity: exported.recordCount * 5120)
        switch format {
        case .bundle:
            json.write(FHIRBundle(resourceType: "Bundle", id: FHIRResourceIDs.uuid("bundle"), type: "collection", entry: nil))
            json.removeLast()
            json.append(#","entry":["#)
            var isFirst = true
            FHIRCatalogWriter.forEachEntry(of: exported) { entry in
                json.append(isFirst ? "\n" : ",\n")
                isFirst = false
                json.write(entry)
            }
            json.append("\n]}\n")
        case .ndjson:
            FHIRCatalogWriter.forEachEntry(of: exported) { entry in
                guard let resource = entry.resource else { return }
                json.write(resource)
                json.append("\n")
            }
        }
        return json.takeData()
    }

    /// Reads a catalogue, failing on what is malformed; `file` is used in messages only. Use
    /// ``decodeWithReport(_:file:)`` to learn what foreign data had no place in Mestring.
    public func decode(_ data: Data, file: String? = nil) throws -> Catalog { try decodeWithReport(data, file: file).catalog }

    /// Reads a catalogue and reports every element and resource that has no place in Mestring.
    public func decodeWithReport(_ data: Data, file: String? = nil) throws -> (catalog: Catalog, report: FHIRImportReport) {
        switch format {
        case .bundle: try FHIRBundleDecoding(data: data, file: file).decode()
        case .ndjson: try FHIRNDJSONDecoding(data: data, file: file).decode()
        }
    }
}
