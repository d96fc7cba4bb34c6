/// The `Encoder` behind ``CompactJSONEncoder``: writes JSON as containers are asked for and filled.
///
/// Each value being encoded has a frame on a stack that says whether its object or array is open
/// and how many members it has, so that commas go in the right places and the closing bracket is
/// written when the value's `encode(to:)` returns. A container remembers the depth of its frame;
/// writing through it first closes any deeper frame a nested container left open.
final class JSONStreamWriter: Encoder {
    enum Kind { case empty, object, array, scalar }

    struct Frame {
        var kind = Kind.empty
        var count = 0
    }

    /// The bytes written so far; unchecked, because only this writer touches it and every member
    /// written goes through it.
    @exclusivity(unchecked) var output: [UInt8] = []
    @exclusivity(unchecked) var frames: [Frame] = []

    /// Empty: the types this encoder serves throw no errors of their own, and keeping a path
    /// would cost an existential append and removal for every nested value.
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Encodes a value in a new frame one level below `depth`, closing whatever it opened.
    func encodeValue<Value: Encodable>(_ value: Value, below depth: Int) throws {
        frames.append(Frame())
        try value.encode(to: self)
        close(below: depth + 1)
    }

    /// Closes every frame at `depth` or deeper, writing the brackets they opened.
    func close(below depth: Int) {
        while frames.count > depth {
            let frame = frames.removeLast()
            switch frame.kind {
            case .empty: output.append(contentsOf: [UInt8(ascii: "{"), UInt8(ascii: "}")])
            case .object: output.append(UInt8(ascii: "}"))
            case .array: output.append(UInt8(ascii: "]"))
            case .scalar: break
            }
        }
    }

    /// Opens the frame at `depth` as `kind` when it is still empty.
    func open(_ kind: Kind, at depth: Int) {
        close(below: depth + 1)
        guard frames[depth].kind == .empty else { return }
        frames[depth].kind = kind
        switch kind {
        case .object: output.append(UInt8(ascii: "{"))
        case .array: output.append(UInt8(ascii: "["))
        case .empty, .scalar: break
        }
    }

    /// Writes the comma before a member or element of the frame at `depth`.
    func separate(at depth: Int) {
        close(below: depth + 1)
        if frames[depth].count > 0 { output.append(UInt8(ascii: ",")) }
        frames[depth].count += 1
    }

    /// Writes a member's key and colon.
    func writeKey(_ key: some CodingKey, at depth: Int) {
        separate(at: depth)
        JSONSpelling.appendString(key.stringValue, to: &output)
        output.append(UInt8(ascii: ":"))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let depth = frames.count - 1
        open(.object, at: depth)
        return KeyedEncodingContainer(KeyedContainer<Key>(writer: self, depth: depth))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let depth = frames.count - 1
        open(.array, at: depth)
        return UnkeyedContainer(writer: self, depth: depth)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        let depth = frames.count - 1
        open(.scalar, at: depth)
        return SingleValueContainer(writer: self, depth: depth)
    }

    /// Writes a scalar; every container's scalar methods end here.
    /// - Throws: `EncodingError.invalidValue` for an infinite or NaN number.
    func write(_ scalar: JSONScalar) throws {
        try scalar.write(to: &output, shortBackspaceAndFormFeed: false)
    }

}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONStreamWriter
    let depth: Int
    var codingPath: [any CodingKey] { writer.codingPath }

    private func put(_ scalar: JSONScalar, _ key: Key) throws {
        writer.writeKey(key, at: depth)
        try writer.write(scalar)
    }

    mutating func encodeNil(forKey key: Key) throws { try put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { try put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try put(.double(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try put(.float(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try put(.init(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try put(.init(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try put(.init(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try put(.init(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try put(.init(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try put(.init(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try put(.init(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try put(.init(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try put(.init(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try put(.init(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        writer.writeKey(key, at: depth)
        try writer.encodeValue(value, below: depth)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        writer.writeKey(key, at: depth)
        writer.frames.append(.init())
        writer.open(.object, at: depth + 1)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(writer: writer, depth: depth + 1))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.writeKey(key, at: depth)
        writer.frames.append(.init())
        writer.open(.array, at: depth + 1)
        return UnkeyedContainer(writer: writer, depth: depth + 1)
    }

    mutating func superEncoder() -> any Encoder { writer }
    mutating func superEncoder(forKey key: Key) -> any Encoder { writer }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer, ScalarContainer {
    let writer: JSONStreamWriter
    let depth: Int
    var codingPath: [any CodingKey] { writer.codingPath }
    var count: Int { writer.frames.count > depth ? writer.frames[depth].count : 0 }

    fileprivate func put(_ scalar: JSONScalar) throws {
        writer.separate(at: depth)
        try writer.write(scalar)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        writer.separate(at: depth)
        try writer.encodeValue(value, below: depth)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        writer.separate(at: depth)
        writer.frames.append(.init())
        writer.open(.object, at: depth + 1)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(writer: writer, depth: depth + 1))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.separate(at: depth)
        writer.frames.append(.init())
        writer.open(.array, at: depth + 1)
        return UnkeyedContainer(writer: writer, depth: depth + 1)
    }

    mutating func superEncoder() -> any Encoder { writer }
}

private struct SingleValueContainer: SingleValueEncodingContainer, ScalarContainer {
    let writer: JSONStreamWriter
    let depth: Int
    var codingPath: [any CodingKey] { writer.codingPath }

    fileprivate func put(_ scalar: JSONScalar) throws {
        writer.close(below: depth + 1)
        try writer.write(scalar)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        writer.close(below: depth + 1)
        try writer.encodeValue(value, below: depth)
    }
}

/// The unkeyed and single-value containers differ only in how a scalar is put (after a separator,
/// or after closing deeper frames); each Codable scalar method is written once, here.
private protocol ScalarContainer {
    func put(_ scalar: JSONScalar) throws
}

extension ScalarContainer {
    mutating func encodeNil() throws { try put(.null) }
    mutating func encode(_ value: Bool) throws { try put(.bool(value)) }
    mutating func encode(_ value: String) throws { try put(.string(value)) }
    mutating func encode(_ value: Double) throws { try put(.double(value)) }
    mutating func encode(_ value: Float) throws { try put(.float(value)) }
    mutating func encode(_ value: Int) throws { try put(.init(value)) }
    mutating func encode(_ value: Int8) throws { try put(.init(value)) }
    mutating func encode(_ value: Int16) throws { try put(.init(value)) }
    mutating func encode(_ value: Int32) throws { try put(.init(value)) }
    mutating func encode(_ value: Int64) throws { try put(.init(value)) }
    mutating func encode(_ value: UInt) throws { try put(.init(value)) }
    mutating func encode(_ value: UInt8) throws { try put(.init(value)) }
    mutating func encode(_ value: UInt16) throws { try put(.init(value)) }
    mutating func encode(_ value: UInt32) throws { try put(.init(value)) }
    mutating func encode(_ value: UInt64) throws { try put(.init(value)) }
}
