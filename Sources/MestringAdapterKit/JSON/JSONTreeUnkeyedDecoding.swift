/// An unkeyed container over an array of a ``JSONValue`` tree.
struct JSONTreeUnkeyedDecoding: UnkeyedDecodingContainer {
    let decoding: JSONTreeDecoding
    let elements: [JSONValue]
    var currentIndex = 0

    init(decoding: JSONTreeDecoding, elements: [JSONValue]) {
        self.decoding = decoding
        self.elements = elements
    }

    var codingPath: [any CodingKey] { decoding.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    /// Reads the next element with its decoder, value and (built only for an error) path; the
    /// index moves on only when it decoded.
    private mutating func next<T>(_ read: (JSONTreeDecoding, JSONValue, () -> [any CodingKey]) throws -> T) throws -> T {
        let decoding = decoding
        let index = currentIndex
        let path = { decoding.codingPath + [JSONTreeIndexKey(intValue: index)] }
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(T.self, .init(codingPath: path(), debugDescription: "the array has no more elements"))
        }
        let value = try read(decoding, elements[index], path)
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, case .null = elements[currentIndex] else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next { try $0.bool($1, $2()) } }
    mutating func decode(_ type: String.Type) throws -> String { try next { try $0.string($1, $2()) } }
    mutating func decode(_ type: Double.Type) throws -> Double { try next { try $0.number($1, $2()) } }
    mutating func decode(_ type: Float.Type) throws -> Float { try next { Float(try $0.number($1, $2())) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try next { try $0.integer($1, $2()) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next { try $0.integer($1, $2()) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next { try $0.integer($1, $2()) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next { try $0.integer($1, $2()) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next { try $0.integer($1, $2()) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next { try $0.integer($1, $2()) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next { try $0.integer($1, $2()) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next { try $0.integer($1, $2()) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next { try $0.integer($1, $2()) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next { try $0.integer($1, $2()) } }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let key = JSONTreeIndexKey(intValue: currentIndex)
        return try next { decoding, value, _ in try decoding.decode(type, value, key: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let key = JSONTreeIndexKey(intValue: currentIndex)
        return try next { decoding, value, _ in try decoding.child(value, key: key).container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let key = JSONTreeIndexKey(intValue: currentIndex)
        return try next { decoding, value, _ in try decoding.child(value, key: key).unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder {
        let key = JSONTreeIndexKey(intValue: currentIndex)
        return try next { decoding, value, _ in decoding.child(value, key: key) }
    }
}
