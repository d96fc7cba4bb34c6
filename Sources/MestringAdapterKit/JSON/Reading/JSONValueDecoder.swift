/// Decodes one value of a ``JSONDocument``: the `Decoder` handed to `init(from:)`, and its own
/// single-value container.
///
/// It is a small value (the shared state and a place), so that decoding a string or an
/// enumeration allocates nothing but the result.
struct JSONValueDecoder: Decoder, SingleValueDecodingContainer {
    /// Not retained: the state outlives every decoder and container of its decode (see
    /// ``JSONDecodingState``), and counting references here would cost a tenth of the time.
    unowned(unsafe) let state: JSONDecodingState
    let value: JSONValueReference

    var codingPath: [any CodingKey] { state.codingPath(of: value.offset) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard state.bytes[value.offset] == UInt8(ascii: "{") else {
            throw state.mismatch([String: Any].self, at: value, container: "keyed")
        }
        return KeyedDecodingContainer(JSONKeyedDecoding<Key>(state: state, object: value, members: state.openObject(value)))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard state.bytes[value.offset] == UInt8(ascii: "[") else {
            throw state.mismatch([Any].self, at: value, container: "unkeyed")
        }
        return JSONUnkeyedDecoding(state: state, array: value)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { state.isNull(value) }
    func decode(_ type: Bool.Type) throws -> Bool { try state.bool(at: value) }
    func decode(_ type: String.Type) throws -> String { try state.string(at: value) }
    func decode(_ type: Double.Type) throws -> Double { try state.floatingPoint(type, at: value) }
    func decode(_ type: Float.Type) throws -> Float { try state.floatingPoint(type, at: value) }
    func decode(_ type: Int.Type) throws -> Int { try state.integer(type, at: value) }
    func decode(_ type: Int8.Type) throws -> Int8 { try state.integer(type, at: value) }
    func decode(_ type: Int16.Type) throws -> Int16 { try state.integer(type, at: value) }
    func decode(_ type: Int32.Type) throws -> Int32 { try state.integer(type, at: value) }
    func decode(_ type: Int64.Type) throws -> Int64 { try state.integer(type, at: value) }
    func decode(_ type: UInt.Type) throws -> UInt { try state.integer(type, at: value) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try state.integer(type, at: value) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try state.integer(type, at: value) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try state.integer(type, at: value) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try state.integer(type, at: value) }
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try state.decode(type, at: value) }
}
