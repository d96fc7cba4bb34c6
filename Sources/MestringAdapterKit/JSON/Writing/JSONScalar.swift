/// A JSON scalar as an `Encoder` is handed it, spelt by one piece of code for every encoder of
/// the kit (pretty and compact), so that a number or string never comes out two ways.
enum JSONScalar {
    case null
    case bool(Bool)
    case string(String)
    case signed(Int64)
    case unsigned(UInt64)
    /// A number spelt when written, by ``JSONSpelling``, which refuses infinity and NaN then.
    case double(Double)
    case float(Float)

    /// A whole number of any width, kept exactly (a `UInt64` above `Int64.max` too).
    init<Integer: FixedWidthInteger>(_ value: Integer) {
        if let signed = Int64(exactly: value) { self = .signed(signed) } else { self = .unsigned(UInt64(truncatingIfNeeded: value)) }
    }

    /// Appends the scalar's JSON spelling; `shortBackspaceAndFormFeed` as in
    /// ``JSONSpelling/appendString(utf8:to:shortBackspaceAndFormFeed:)``.
    /// - Throws: `EncodingError.invalidValue` for an infinite or NaN number.
    func write<Sink: JSONByteSink>(to output: inout Sink, shortBackspaceAndFormFeed: Bool) throws {
        switch self {
        case .null: Self.append("null", to: &output)
        case .bool(let value): Self.append(value ? "true" : "false", to: &output)
        case .string(var text): text.withUTF8 { JSONSpelling.appendString(utf8: $0, to: &output, shortBackspaceAndFormFeed: shortBackspaceAndFormFeed) }
        case .signed(let value): JSONSpelling.appendDecimal(value, to: &output)
        case .unsigned(let value): JSONSpelling.appendDecimal(value, to: &output)
        case .double(let value): try JSONSpelling.appendFloatingPoint(value, to: &output)
        case .float(let value): try JSONSpelling.appendFloatingPoint(value, to: &output)
        }
    }

    private static func append<Sink: JSONByteSink>(_ text: StaticString, to output: inout Sink) {
        output.append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
