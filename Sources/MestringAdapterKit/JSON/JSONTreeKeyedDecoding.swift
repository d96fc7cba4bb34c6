/// A keyed container over an object of a ``JSONValue`` tree: one look-up per member asked for,
/// which also marks it read for ``JSONTreeDecoder/decodeReportingUnread(_:from:)``.
struct JSONTreeKeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoding: JSONTreeDecoding
    let object: JSONObject

    var codingPath: [any CodingKey] { decoding.codingPath }
    var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { decoding.index(of: key.stringValue, in: object) != nil }

    private func member(_ key: Key) throws -> JSONValue {
        guard let index = decoding.index(of: key.stringValue, in: object) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no member \"\(key.stringValue)\""))
        }
        return object.values[index]
    }

    /// The member, or `nil` when it is missing or `null`.
    private func optionalMember(_ key: Key) -> JSONValue? {
        guard let index = decoding.index(of: key.stringValue, in: object) else { return nil }
        if case .null = object.values[index] { return nil }
        return object.values[index]
    }

    private func path(_ key: Key) -> [any CodingKey] { codingPath + [key] }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try member(key) { return true }
        return false
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoding.bool(try member(key), path(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoding.string(try member(key), path(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoding.number(try member(key), path(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try decoding.number(try member(key), path(key))) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoding.integer(try member(key), path(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoding.integer(try member(key), path(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoding.integer(try member(key), path(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoding.integer(try member(key), path(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoding.integer(try member(key), path(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoding.integer(try member(key), path(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoding.integer(try member(key), path(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoding.integer(try member(key), path(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoding.integer(try member(key), path(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoding.integer(try member(key), path(key)) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoding.decode(type, try member(key), key: key)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try optionalMember(key).map { try decoding.bool($0, path(key)) }
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try optionalMember(key).map { try decoding.string($0, path(key)) }
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try optionalMember(key).map { try decoding.integer($0, path(key)) }
    }

    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try optionalMember(key).map { try decoding.number($0, path(key)) }
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try optionalMember(key).map { try decoding.decode(type, $0, key: key) }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoding.child(try member(key), key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoding.child(try member(key), key: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoding }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoding.child(try member(key), key: key) }
}
