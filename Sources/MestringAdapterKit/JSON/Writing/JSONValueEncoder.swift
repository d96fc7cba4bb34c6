/// Encodes one value into a ``JSONOutput``: the `Encoder` handed to `encode(to:)`, and its own
/// single-value container.
///
/// An array's elements are written as they come. An object's members wait until `encode(to:)`
/// has returned, and are then written sorted by name, as `JSONEncoder` does with `.sortedKeys`.
/// A nested container, which its owner fills after asking for it, waits in the same way.
final class JSONValueEncoder: Encoder, SingleValueEncodingContainer {
    let output: JSONOutput
    /// The indentation level of the value.
    let level: Int
    /// Whether the value's content is written as it comes: `false` for nested containers, which
    /// their owner fills after asking for them, and for an array from its first nested container on.
    var writesAtOnce: Bool
    private var kind = Kind.nothing
    /// An object's members, by name.
    var members: [(name: String, value: JSONPendingValue)] = []
    /// The elements of an array that waits.
    var elements: [JSONPendingValue] = []
    /// How many elements of an array have been written.
    var writtenElements = 0
    /// The value given to the single-value container of a value that waits.
    private var single: JSONPendingValue?

    private enum Kind { case nothing, object, array, single }

    init(output: JSONOutput, level: Int, writesAtOnce: Bool = true) {
        self.output = output
        self.level = level
        self.writesAtOnce = writesAtOnce
    }

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Writes `value` at `level`.
    static func write<Value: Encodable>(_ value: Value, to output: JSONOutput, level: Int) throws {
        let encoder = JSONValueEncoder(output: output, level: level)
        try value.encode(to: encoder)
        try encoder.finish()
    }

    /// Writes what `encode(to:)` left waiting, and closes an array.
    func finish() throws {
        switch kind {
        case .nothing: Self.writeEmptyObject(to: output, level: level)
        case .single:
            if let single { try write(single, level: level) }
        case .array:
            for element in elements { try writeElement(element) }
            elements = []
            if writtenElements == 0 { output.append(UInt8(ascii: "[")) }
            output.closeContainer("]", indent: level, wasEmpty: writtenElements == 0)
        case .object:
            guard !members.isEmpty else { return Self.writeEmptyObject(to: output, level: level) }
            members.sort { $0.name < $1.name }
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                output.newline(indent: level + 1)
                output.appendString(member.name)
                output.append(" : ")
                try write(member.value, level: level + 1)
            }
            members = []
            output.closeContainer("}", indent: level, wasEmpty: false)
        }
    }

    /// `JSONEncoder`'s spelling of an empty object: the braces on two lines apart.
    private static func writeEmptyObject(to output: JSONOutput, level: Int) {
        output.append(UInt8(ascii: "{"))
        output.closeContainer("}", indent: level, wasEmpty: true)
    }

    func write(_ value: JSONPendingValue, level: Int) throws {
        switch value {
        case .scalar(let scalar): try output.append(scalar)
        case .value(let value): try Self.write(value, to: output, level: level)
        case .nested(let encoder): try encoder.finish()
        }
    }

    /// Writes an array element now, or keeps it when the array waits.
    func addElement(_ element: JSONPendingValue) throws {
        guard writesAtOnce else { return elements.append(element) }
        try writeElement(element)
    }

    private func writeElement(_ element: JSONPendingValue) throws {
        output.append(writtenElements == 0 ? UInt8(ascii: "[") : UInt8(ascii: ","))
        output.newline(indent: level + 1)
        writtenElements += 1
        try write(element, level: level + 1)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        kind = .object
        return KeyedEncodingContainer(JSONKeyedEncoding<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        kind = .array
        return JSONUnkeyedEncoding(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        kind = .single
        return self
    }

    /// Writes a single value now, or keeps it when the value waits.
    private func set(_ value: JSONPendingValue) throws {
        guard writesAtOnce else { return single = value }
        try write(value, level: level)
    }

    func encodeNil() throws { try set(.scalar(.null)) }
    func encode(_ value: Bool) throws { try set(.scalar(.bool(value))) }
    func encode(_ value: String) throws { try set(.scalar(.string(value))) }
    func encode(_ value: Double) throws { try set(.scalar(.double(value))) }
    func encode(_ value: Float) throws { try set(.scalar(.float(value))) }
    func encode(_ value: Int) throws { try set(.scalar(JSONScalar(value))) }
    func encode(_ value: Int8) throws { try set(.scalar(JSONScalar(value))) }
    func encode(_ value: Int16) throws { try set(.scalar(JSONScalar(value))) }
    func encode(_ value: Int32) throws { try set(.scalar(JSONScalar(value))) }
    func encode(_ value: Int64) throws { try set(.scalar(JSONScalar(value))) }
    func encode(_ value: UInt) throws { try set(.scalar(JSONScalar(value))) }
    func encode(_ value: UInt8) throws { try set(.scalar(JSONScalar(value))) }
    func encode(_ value: UInt16) throws { try set(.scalar(JSONScalar(value))) }
    func encode(_ value: UInt32) throws { try set(.scalar(JSONScalar(value))) }
    func encode(_ value: UInt64) throws { try set(.scalar(JSONScalar(value))) }
    func encode<Value: Encodable>(_ value: Value) throws {
        guard writesAtOnce else { return single = .value(value) }
        try value.encode(to: self)
    }
}
