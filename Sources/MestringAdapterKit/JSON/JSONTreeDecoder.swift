/// Decodes `Decodable` values from a parsed ``JSONValue``, and can tell which members no type read.
///
/// Foundation's `JSONDecoder` parses the text again for each call and silently ignores members a
/// type does not declare. Adapters that read foreign formats (FHIR resources, the Mestring values
/// HSDS carries in attributes) parse once with ``JSONValue/init(parsing:)``, decode from the
/// tree, and, with `tracksUnreadMembers`, learn every member that carried data but was never
/// asked for, so that an import report lists it instead of losing it: one pass over the
/// input instead of a second scan. Errors are `DecodingError`s with the coding path, as
/// `JSONDecoder` throws them.
package struct JSONTreeDecoder: Sendable {
    /// A decoder.
    package init() {}

    /// Decodes a value from a parsed tree.
    package func decode<Value: Decodable>(_ type: Value.Type, from value: JSONValue) throws -> Value {
        try Value(from: JSONTreeDecoding(value, parent: nil, key: nil, tracker: nil))
    }

    /// Parses JSON text and decodes a value from it; a syntax error is a `DecodingError.dataCorrupted`.
    package func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: bytes)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not valid JSON: \(error.message)"))
        }
        return try decode(type, from: value)
    }

    /// Decodes a value and lists the members, at their outermost place, that carried data (not
    /// `null`, not `""`) but that no type asked for.
    package func decodeReportingUnread<Value: Decodable>(
        _ type: Value.Type, from value: JSONValue
    ) throws -> (value: Value, unread: [[JSONSourceMap.PathComponent]]) {
        let tracker = JSONTreeDecoding.Tracker()
        let decoded = try Value(from: JSONTreeDecoding(value, parent: nil, key: nil, tracker: tracker))
        return (decoded, tracker.unreadMembers())
    }
}
