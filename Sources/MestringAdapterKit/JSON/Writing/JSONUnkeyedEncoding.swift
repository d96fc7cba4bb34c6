/// Adds an array's elements for ``JSONValueEncoder``: written at once, or kept when the array is
/// a nested container that its owner fills later.
struct JSONUnkeyedEncoding: UnkeyedEncodingContainer {
    let encoder: JSONValueEncoder

    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    private mutating func add(_ element: JSONPendingValue) throws {
        count += 1
        try encoder.addElement(element)
    }

    mutating func encodeNil() throws { try add(.scalar(.null)) }
    mutating func encode(_ value: Bool) throws { try add(.scalar(.bool(value))) }
    mutating func encode(_ value: String) throws { try add(.scalar(.string(value))) }
    mutating func encode(_ value: Double) throws { try add(.scalar(.double(value))) }
    mutating func encode(_ value: Float) throws { try add(.scalar(.float(value))) }
    mutating func encode(_ value: Int) throws { try add(.scalar(JSONScalar(value))) }
    mutating func encode(_ value: Int8) throws { try add(.scalar(JSONScalar(value))) }
    mutating func encode(_ value: Int16) throws { try add(.scalar(JSONScalar(value))) }
    mutating func encode(_ value: Int32) throws { try add(.scalar(JSONScalar(value))) }
    mutating func encode(_ value: Int64) throws { try add(.scalar(JSONScalar(value))) }
    mutating func encode(_ value: UInt) throws { try add(.scalar(JSONScalar(value))) }
    mutating func encode(_ value: UInt8) throws { try add(.scalar(JSONScalar(value))) }
    mutating func encode(_ value: UInt16) throws { try add(.scalar(JSONScalar(value))) }
    mutating func encode(_ value: UInt32) throws { try add(.scalar(JSONScalar(value))) }
    mutating func encode(_ value: UInt64) throws { try add(.scalar(JSONScalar(value))) }
    mutating func encode<Value: Encodable>(_ value: Value) throws { try add(.value(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        nested().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { nested().unkeyedContainer() }

    mutating func superEncoder() -> any Encoder { nested() }

    private mutating func nested() -> JSONValueEncoder {
        let child = JSONValueEncoder(output: encoder.output, level: encoder.level + 1, writesAtOnce: false)
        // The child is filled later, so it and every element after it wait for the array's end.
        encoder.writesAtOnce = false
        count += 1
        encoder.elements.append(.nested(child))
        return child
    }
}
