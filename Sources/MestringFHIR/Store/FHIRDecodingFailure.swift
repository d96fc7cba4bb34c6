import Foundation
import Mestring
import MestringAdapterKit

/// Turns a `DecodingError` from the resource models into a ``Mestring/StoreError`` that names the
/// resource, its index (or line) and the element path, with the line.
enum FHIRDecodingFailure {
    /// Only each resource's type, read again when reading failed so the message can name it.
    private struct Types: Decodable {
        struct Entry: Decodable { var resource: Resource? }
        struct Resource: Decodable { var resourceType: String? }
        var entry: [Entry]?
    }

    /// A failure in a bundle: the field path from the bundle, the line and column of the element.
    static func storeError(_ error: DecodingError, bundle document: JSONDocument, file: String?) -> StoreError {
        let converted = StoreError(error)
        let components = JSONSourceMap.components(of: converted.field ?? "")
        let location = document.location(of: components)
        var subject = ""
        if let (index, _) = FHIRElementCoverage.Layout.bundle.resource(of: components) {
            let entries = (try? document.decode(Types.self))?.value.entry
            let type = entries.flatMap { $0.indices.contains(index) ? $0[index].resource?.resourceType : nil }
            subject = "\(type ?? "resource") entry[\(index)]: "
        }
        return StoreError(
            .malformedData, subject + converted.message, file: file, line: location.line, column: location.column, field: converted.field)
    }

    /// A failure in the resource on one NDJSON line: the field path within the resource.
    static func storeError(_ error: DecodingError, resource document: JSONDocument, line: Int, file: String?) -> StoreError {
        let converted = StoreError(error)
        let type = (try? document.decode(Types.Resource.self))?.value.resourceType
        return StoreError(.malformedData, "\(type ?? "resource") on line \(line): " + converted.message, file: file, line: line, field: converted.field)
    }
}
