/// Reads any `Decodable` value back from a ``FieldTree``.
struct FieldTreeDecoder: Decoder {
    let tree: FieldTree
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = tree else { throw mismatch([String: Any].self, codingPath) }
        var fields: [String: FieldTree] = [:]
        for member in members where fields[member.key] == nil { fields[member.key] = member.value }
        return KeyedDecodingContainer(Keyed(fields: fields, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = tree else { throw mismatch([Any].self, codingPath) }
        return Unkeyed(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(tree: tree, codingPath: codingPath) }

    static func read<Value: Decodable>(_ type: Value.Type, from tree: FieldTree, codingPath: [any CodingKey]) throws -> Value {
        if let scalar = type as? any FieldTreeScalar.Type {
            guard let value = scalar.init(fieldTree: tree) as? Value else { throw mismatch(type, codingPath) }
            return value
        }
        return try Value(from: FieldTreeDecoder(tree: tree, codingPath: codingPath))
    }

    private static func mismatch(_ type: Any.Type, _ codingPath: [any CodingKey]) -> DecodingError {
        .typeMismatch(type, DecodingError.Context(codingPath: codingPath, debugDescription: "the field holds another kind of value"))
    }

    private func mismatch(_ type: Any.Type, _ codingPath: [any CodingKey]) -> DecodingError { Self.mismatch(type, codingPath) }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let fields: [String: FieldTree]
        let codingPath: [any CodingKey]
        var allKeys: [Key] { fields.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { fields[key.stringValue] != nil }

        private func field(_ key: Key) throws -> FieldTree {
            guard let tree = fields[key.stringValue] else {
                throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "no such field"))
            }
            return tree
        }

        func decodeNil(forKey key: Key) throws -> Bool { try field(key) == .null }
        func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
            try FieldTreeDecoder.read(type, from: field(key), codingPath: codingPath + [key])
        }
        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            try FieldTreeDecoder(tree: field(key), codingPath: codingPath + [key]).container(keyedBy: type)
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try FieldTreeDecoder(tree: field(key), codingPath: codingPath + [key]).unkeyedContainer()
        }
        func superDecoder() throws -> any Decoder { FieldTreeDecoder(tree: fields["super"] ?? .null, codingPath: codingPath) }
        func superDecoder(forKey key: Key) throws -> any Decoder {
            FieldTreeDecoder(tree: fields[key.stringValue] ?? .null, codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let elements: [FieldTree]
        let codingPath: [any CodingKey]
        var currentIndex = 0
        var count: Int? { elements.count }
        var isAtEnd: Bool { currentIndex >= elements.count }

        private mutating func next() throws -> FieldTree {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(
                    FieldTree.self, DecodingError.Context(codingPath: codingPath, debugDescription: "no more elements"))
            }
            defer { currentIndex += 1 }
            return elements[currentIndex]
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, elements[currentIndex] == .null else { return false }
            currentIndex += 1
            return true
        }
        mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
            try FieldTreeDecoder.read(type, from: next(), codingPath: codingPath)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try FieldTreeDecoder(tree: next(), codingPath: codingPath).container(keyedBy: type)
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try FieldTreeDecoder(tree: next(), codingPath: codingPath).unkeyedContainer()
        }
        mutating func superDecoder() throws -> any Decoder { FieldTreeDecoder(tree: try next(), codingPath: codingPath) }
    }

    struct Single: SingleValueDecodingContainer {
        let tree: FieldTree
        let codingPath: [any CodingKey]

        func decodeNil() -> Bool { tree == .null }
        func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
            try FieldTreeDecoder.read(type, from: tree, codingPath: codingPath)
        }
    }
}
