/// The elements of one JSON array, read in order for a `Decodable` type's `init(from:)`.
struct JSONUnkeyedDecoding: UnkeyedDecodingContainer {
    /// Not retained: the state outlives every decoder and container of its decode (see
    /// ``JSONDecodingState``), and counting references here would cost a tenth of the time.
    unowned(unsafe) let state: JSONDecodingState
    let array: JSONValueReference
    private(set) var currentIndex = 0
    /// The offset of the next element, or of the closing bracket.
    private var offset: Int
    /// The span index the next object or array element has.
    private var nextSpan: Int

    init(state: JSONDecodingState, array: JSONValueReference) {
        self.state = state
        self.array = array
        offset = JSONBytes.skipWhitespace(state.bytes, from: array.offset + 1)
        nextSpan = array.span + 1
    }

    var codingPath: [any CodingKey] { state.codingPath(of: array.offset) }

    var isAtEnd: Bool { state.bytes[offset] == UInt8(ascii: "]") }

    /// The number of elements, counted by stepping over them (each object or array in one step).
    var count: Int? {
        var copy = JSONUnkeyedDecoding(state: state, array: array)
        var count = 0
        while !copy.isAtEnd {
            _ = copy.advance()
            count += 1
        }
        return count
    }

    /// The next element, or the error `JSONDecoder` gives at the end.
    private mutating func next(_ type: Any.Type) throws -> JSONValueReference {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type, .init(codingPath: codingPath + [JSONPathKey(intValue: currentIndex)], debugDescription: "Unkeyed container is at end."))
        }
        return advance()
    }

    private mutating func advance() -> JSONValueReference {
        let element = state.document.reference(at: offset, in: state.bytes, nextSpan: &nextSpan)
        offset = JSONBytes.skipWhitespace(state.bytes, from: state.document.end(of: element, in: state.bytes))
        if state.bytes[offset] == UInt8(ascii: ",") { offset = JSONBytes.skipWhitespace(state.bytes, from: offset + 1) }
        currentIndex += 1
        return element
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, state.bytes[offset] == UInt8(ascii: "n") else { return false }
        _ = advance()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try state.bool(at: next(type)) }
    mutating func decode(_ type: String.Type) throws -> String { try state.string(at: next(type)) }
    mutating func decode(_ type: Double.Type) throws -> Double { try state.floatingPoint(type, at: next(type)) }
    mutating func decode(_ type: Float.Type) throws -> Float { try state.floatingPoint(type, at: next(type)) }
    mutating func decode(_ type: Int.Type) throws -> Int { try state.integer(type, at: next(type)) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try state.integer(type, at: next(type)) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try state.integer(type, at: next(type)) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try state.integer(type, at: next(type)) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try state.integer(type, at: next(type)) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try state.integer(type, at: next(type)) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try state.integer(type, at: next(type)) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try state.integer(type, at: next(type)) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try state.integer(type, at: next(type)) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try state.integer(type, at: next(type)) }
    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try state.decode(type, at: next(type)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try JSONValueDecoder(state: state, value: next([String: Any].self)).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try JSONValueDecoder(state: state, value: next([Any].self)).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { JSONValueDecoder(state: state, value: try next(Any.self)) }
}
