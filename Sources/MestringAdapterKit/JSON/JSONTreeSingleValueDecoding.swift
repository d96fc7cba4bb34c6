/// A single-value container over one value of a ``JSONValue`` tree.
struct JSONTreeSingleValueDecoding: SingleValueDecodingContainer {
    let decoding: JSONTreeDecoding

    var codingPath: [any CodingKey] { decoding.codingPath }
    private var value: JSONValue { decoding.value }

    func decodeNil() -> Bool {
        if case .null = value { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool { try decoding.bool(value, codingPath) }
    func decode(_ type: String.Type) throws -> String { try decoding.string(value, codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try decoding.number(value, codingPath) }
    func decode(_ type: Float.Type) throws -> Float { Float(try decoding.number(value, codingPath)) }
    func decode(_ type: Int.Type) throws -> Int { try decoding.integer(value, codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoding.integer(value, codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoding.integer(value, codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoding.integer(value, codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoding.integer(value, codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoding.integer(value, codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoding.integer(value, codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoding.integer(value, codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoding.integer(value, codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoding.integer(value, codingPath) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: decoding) }
}
