/// Finds input fields that decoding silently ignored, by comparing the input with what the decoded
/// catalogue writes back.
///
/// `JSONDecoder` ignores keys it does not know, so a misspelt `"audience"` (for `"audiences"`)
/// would vanish without a word. The detector collects the shapes of the member paths the writer
/// produces (`offers[].schedule.startDate`, indices left out) and reports the first input member
/// whose shape is not among them. Members whose value is `null` or `""` carry no data and are not
/// reported. Both passes run on the bytes, without building a tree.
enum DroppedFieldDetector {
    /// The path of the first member of `input` that `output` has no counterpart for, or `nil`.
    static func firstDroppedField(input: [UInt8], output: [UInt8]) -> [JSONSourceMap.PathComponent]? {
        var written = Set<String>()
        var outputScanner = JSONScanner(bytes: output)
        var path: [JSONSourceMap.PathComponent] = []
        outputScanner.skipWhitespace()
        guard (try? outputScanner.visitMembers(path: &path, { written.insert(shape(of: $0)); return true })) != nil
        else { return nil }
        var dropped: [JSONSourceMap.PathComponent]?
        var inputScanner = JSONScanner(bytes: input)
        inputScanner.skipWhitespace()
        path = []
        _ = try? inputScanner.visitMembers(path: &path) { member in
            guard written.contains(shape(of: member)) else {
                dropped = member
                return false
            }
            return true
        }
        return dropped
    }

    /// The path without array indices: `offers[].audiences`.
    private static func shape(of path: [JSONSourceMap.PathComponent]) -> String {
        var text = ""
        for component in path {
            switch component {
            case .key(let key): text += "." + key
            case .index: text += "[]"
            }
        }
        return text
    }
}
