import Foundation

/// Finds input fields that decoding silently ignored, by comparing the input with what the decoded
/// catalogue writes back.
///
/// `JSONDecoder` ignores keys it does not know, so a misspelt `"audience"` (for `"audiences"`)
/// would vanish without a word. Anything present in the input but absent from the re-encoded
/// output is such a field; the reader reports it instead of losing it. Fields whose value is
/// `null` carry no data and are not reported.
enum DroppedFieldDetector {
    /// The path of the first field of `input` that `output` lacks, or `nil` when nothing was dropped.
    static func firstDroppedField(input: Data, output: Data) -> [JSONSourceMap.PathComponent]? {
        guard let inputTree = try? JSONSerialization.jsonObject(with: input, options: [.fragmentsAllowed]),
            let outputTree = try? JSONSerialization.jsonObject(with: output, options: [.fragmentsAllowed])
        else { return nil }
        return firstDropped(inputTree, outputTree, path: [])
    }

    private static func firstDropped(_ input: Any, _ output: Any, path: [JSONSourceMap.PathComponent]) -> [JSONSourceMap.PathComponent]? {
        if let inputObject = input as? [String: Any] {
            let outputObject = output as? [String: Any] ?? [:]
            for key in inputObject.keys.sorted() {
                guard let value = inputObject[key], !(value is NSNull) else { continue }
                guard let counterpart = outputObject[key] else { return path + [.key(key)] }
                if let found = firstDropped(value, counterpart, path: path + [.key(key)]) { return found }
            }
        } else if let inputArray = input as? [Any], let outputArray = output as? [Any] {
            for (index, element) in inputArray.enumerated() where index < outputArray.count {
                if let found = firstDropped(element, outputArray[index], path: path + [.index(index)]) { return found }
            }
        }
        return nil
    }
}
