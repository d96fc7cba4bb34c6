/// Collects an object's members for ``JSONValueEncoder``, which writes them sorted by name once
/// `encode(to:)` returns.
struct JSONKeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONValueEncoder

    var codingPath: [any CodingKey] { [] }

    private func add(_ key: Key, _ value: JSONPendingValue) { encoder.members.append((key.stringValue, value)) }

    mutating func encodeNil(forKey key: Key) throws { add(key, .scalar(.null)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { add(key, .scalar(.bool(value))) }
    mutating func encode(_ value: String, forKey key: Key) throws { add(key, .scalar(.string(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws { add(key, .scalar(.double(value))) }
    mutating func encode(_ value: Float, forKey key: Key) throws { add(key, .scalar(.float(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { add(key, .scalar(JSONScalar(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { add(key, .scalar(JSONScalar(value))) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { add(key, .scalar(JSONScalar(value))) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { add(key, .scalar(JSONScalar(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { add(key, .scalar(JSONScalar(value))) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { add(key, .scalar(JSONScalar(value))) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { add(key, .scalar(JSONScalar(value))) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { add(key, .scalar(JSONScalar(value))) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { add(key, .scalar(JSONScalar(value))) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { add(key, .scalar(JSONScalar(value))) }
    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws { add(key, .value(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        nested(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { nested(key).unkeyedContainer() }

    mutating func superEncoder() -> any Encoder {
        let child = JSONValueEncoder(output: encoder.output, level: encoder.level + 1, writesAtOnce: false)
        encoder.members.append(("super", .nested(child)))
        return child
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder { nested(key) }

    private func nested(_ key: Key) -> JSONValueEncoder {
        let child = JSONValueEncoder(output: encoder.output, level: encoder.level + 1, writesAtOnce: false)
        add(key, .nested(child))
        return child
    }
}
