import Foundation
import Mestring
import MestringAdapterKit

/// Turns a `DecodingError` from the resource models into a ``Mestring/StoreError`` that names the
/// resource, its index and the element path, with the line.
enum FHIRDecodingFailure {
    /// Only each resource's type, read again when decoding failed so the message can name it.
    private struct Types: Decodable {
        struct Entry: Decodable { var resource: Resource? }
        struct Resource: Decodable { var resourceType: String? }
        var entry: [Entry]?
    }

    static func storeError(
        _ error: DecodingError, map: JSONSourceMap, file: String?, layout: FHIRElementCoverage.Layout, data: Data,
        lineOfResource: (Int) -> Int? = { _ in nil }
    ) -> StoreError {
        let converted = StoreError(error)
        let components = JSONSourceMap.components(of: converted.field ?? "")
        let message = converted.message
        let location = map.location(of: components)
        var line = location?.line
        var column = location?.column
        var field = JSONSourceMap.fieldPath(components)
        var subject = ""
        if let (index, start) = layout.resource(of: components) {
            let type: String? =
                switch layout {
                case .bundle: (try? JSONDecoder().decode(Types.self, from: data))?.entry?[index].resource?.resourceType
                case .array: (try? JSONDecoder().decode([Types.Resource?].self, from: data))?[index]?.resourceType
                }
            subject = "\(type ?? "resource") \(layout == .bundle ? "entry[\(index)]" : "on line \(lineOfResource(index) ?? index + 1)"): "
            if layout == .array {
                field = JSONSourceMap.fieldPath(Array(components[start...]))
                line = lineOfResource(index)
                column = nil
            }
        }
        return StoreError(.malformedData, subject + message, file: file, line: line, column: column, field: field)
    }
}
