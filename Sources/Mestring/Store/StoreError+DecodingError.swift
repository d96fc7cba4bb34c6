extension StoreError {
    /// An error that says, in the words of a catalogue file, why `Codable` could not read it: the
    /// coding path as a field path (`offers[12].audiences[0]`), what was expected, and at most a
    /// short excerpt of what was found.
    ///
    /// `DecodingError`'s own description is written for Swift programmers (`keyNotFound(CodingKeys(…))`),
    /// can quote a whole value and has no field path a person can follow. Every adapter that decodes
    /// with `Codable`, Mestring's own and an integrator's, turns it into the same kind of message here:
    ///
    /// ```swift
    /// do {
    ///     rows = try JSONDecoder().decode([FeedRow].self, from: data)
    /// } catch let error as DecodingError {
    ///     throw StoreError(error, file: url.path)   // feed.json: [3].tittel: missing required field "tittel"
    /// }
    /// ```
    /// - Parameters:
    ///   - error: What `Codable` threw.
    ///   - file: The file the data came from, for the message.
    ///   - line: The line, when the caller can find it (Mestring's JSON adapter looks it up from the field path).
    ///   - column: The column, likewise.
    public init(_ error: DecodingError, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        let path: [any CodingKey]
        let message: String
        switch error {
        case .typeMismatch(let type, let context):
            path = context.codingPath
            message = "expected \(Self.typeName(type))" + (Self.foundPhrase(context.debugDescription).map { ", \($0)" } ?? "")
        case .valueNotFound(let type, let context):
            path = context.codingPath
            message = "expected \(Self.typeName(type)), found null"
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
            message = "missing required field \(Self.excerpt(key.stringValue))"
        case .dataCorrupted(let context):
            path = context.codingPath
            message = Self.excerpt(context.debugDescription, quoted: false)
        @unknown default:
            path = []
            message = "the data cannot be read"
        }
        self.init(.malformedData, message, file: file, line: line, column: column, field: Self.fieldPath(path), underlyingError: error)
    }

    /// A coding path as a field path: `offers[12].audiences[0]`; array positions in brackets.
    public static func fieldPath(_ codingPath: [any CodingKey]) -> String {
        var path = ""
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return path
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type, is Int32.Type, is UInt.Type: "a whole number"
        case is Double.Type, is Float.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "an array"
        case is [String: Any].Type: "an object"
        default: "a \(type) value"
        }
    }

    /// Foundation's "Expected to decode X but found a string instead." as "found a string"; `nil`
    /// when the description does not say what was found.
    private static func foundPhrase(_ description: String) -> String? {
        guard let range = description.firstRange(of: "but found ") else { return nil }
        var rest = Substring("found ") + description[range.upperBound...]
        if let end = rest.firstRange(of: " instead") { rest = rest[..<end.lowerBound] }
        while let last = rest.last, last == "." || last == " " { rest.removeLast() }
        return excerpt(rest, quoted: false)
    }
}
