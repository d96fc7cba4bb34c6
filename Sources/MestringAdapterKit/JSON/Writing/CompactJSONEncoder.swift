/// Encodes `Encodable` values as compact JSON, straight into bytes.
///
/// Foundation's `JSONEncoder` builds a tree of every value, sorts the keys and then writes it;
/// for adapters that encode hundreds of thousands of small values (FHIR resources, the Mestring
/// values HSDS carries in attributes) that costs several times the writing itself. This encoder
/// writes each member as the type encodes it, in the order its `encode(to:)` gives (declaration
/// order for synthesised conformances), so the same value always gives the same bytes. Strings and
/// numbers are written as ``JSONSpelling`` writes them; `nil` optionals are left out as
/// `encodeIfPresent` does, and a value that encodes nothing is `{}`.
package struct CompactJSONEncoder: Sendable {
    /// An encoder.
    package init() {}

    /// The value as compact JSON in UTF-8.
    package func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        var output: [UInt8] = []
        try encode(value, into: &output)
        return output
    }

    /// Appends the value as compact JSON to `output`, so that callers writing a larger document
    /// need no copy.
    package func encode<Value: Encodable>(_ value: Value, into output: inout [UInt8]) throws {
        let writer = JSONStreamWriter()
        swap(&writer.output, &output)
        defer { swap(&writer.output, &output) }
        try writer.encodeValue(value, below: -1)
    }
}
