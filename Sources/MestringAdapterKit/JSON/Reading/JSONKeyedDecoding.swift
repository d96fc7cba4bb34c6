/// The members of one JSON object, looked up by name for a `Decodable` type's `init(from:)`.
///
/// Every member asked for is marked used, so that the document can report one that no type
/// asked for (a misspelt field) instead of dropping its value.
struct JSONKeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    /// Not retained: the state outlives every decoder and container of its decode (see
    /// ``JSONDecodingState``), and counting references here would cost a tenth of the time.
    unowned(unsafe) let state: JSONDecodingState
    let object: JSONValueReference
    let members: Range<Int>

    var codingPath: [any CodingKey] { state.codingPath(of: object.offset) }

    var allKeys: [Key] {
        members.compactMap { Key(stringValue: state.document.name(of: state.member(at: $0), in: state.bytes)) }
    }

    func contains(_ key: Key) -> Bool { state.value(named: key.stringValue, in: members, markingUsed: false) != nil }

    /// The value of `key`, or the error `JSONDecoder` gives for a missing key.
    private func value(_ key: Key) throws -> JSONValueReference {
        guard let value = state.value(named: key.stringValue, in: members) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return value
    }

    /// The value of `key` unless it is missing or `null`.
    private func present(_ key: Key) -> JSONValueReference? {
        guard let value = state.value(named: key.stringValue, in: members), !state.isNull(value) else { return nil }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool { state.isNull(try value(key)) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try state.bool(at: value(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try state.string(at: value(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try state.floatingPoint(type, at: value(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try state.floatingPoint(type, at: value(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try state.integer(type, at: value(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try state.integer(type, at: value(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try state.integer(type, at: value(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try state.integer(type, at: value(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try state.integer(type, at: value(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try state.integer(type, at: value(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try state.integer(type, at: value(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try state.integer(type, at: value(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try state.integer(type, at: value(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try state.integer(type, at: value(key)) }
    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value { try state.decode(type, at: value(key)) }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key).map { try state.bool(at: $0) } }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key).map { try state.string(at: $0) } }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(key).map { try state.floatingPoint(type, at: $0) } }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try present(key).map { try state.floatingPoint(type, at: $0) } }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key).map { try state.integer(type, at: $0) } }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try present(key).map { try state.integer(type, at: $0) } }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try present(key).map { try state.integer(type, at: $0) } }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try present(key).map { try state.integer(type, at: $0) } }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present(key).map { try state.integer(type, at: $0) } }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try present(key).map { try state.integer(type, at: $0) } }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try present(key).map { try state.integer(type, at: $0) } }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try present(key).map { try state.integer(type, at: $0) } }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try present(key).map { try state.integer(type, at: $0) } }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try present(key).map { try state.integer(type, at: $0) } }
    func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        try present(key).map { try state.decode(type, at: $0) }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try JSONValueDecoder(state: state, value: value(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try JSONValueDecoder(state: state, value: value(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        guard let value = state.value(named: "super", in: members) else {
            throw DecodingError.keyNotFound(JSONPathKey(stringValue: "super"), .init(codingPath: codingPath, debugDescription: "No value for the super key."))
        }
        return JSONValueDecoder(state: state, value: value)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { JSONValueDecoder(state: state, value: try value(key)) }
}
