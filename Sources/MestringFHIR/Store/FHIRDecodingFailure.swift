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
        let (components, message) = describe(error)
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

    private static func describe(_ error: DecodingError) -> ([JSONSourceMap.PathComponent], String) {
        func components(_ codingPath: [any CodingKey]) -> [JSONSourceMap.PathComponent] {
            codingPath.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
        }
        switch error {
        case .typeMismatch(let type, let context): return (components(context.codingPath), "expected \(typeName(type))")
        case .valueNotFound(let type, let context): return (components(context.codingPath), "expected \(typeName(type)), found null")
        case .keyNotFound(let key, let context): return (components(context.codingPath + [key]), "missing required element \"\(key.stringValue)\"")
        case .dataCorrupted(let context): return (components(context.codingPath), context.debugDescription)
        @unknown default: return ([], "cannot read the FHIR resources")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }
}
