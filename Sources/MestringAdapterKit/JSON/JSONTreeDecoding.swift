/// The `Decoder` behind ``JSONTreeDecoder``: one per object, array or scalar a type decodes as a
/// whole, with its parent and key so that the coding path is built only when an error needs it.
final class JSONTreeDecoding: Decoder {
    /// The objects decoded while tracking, with which of their members were asked for.
    final class Tracker {
        var objects: [JSONTreeDecoding] = []

        func unreadMembers() -> [[JSONSourceMap.PathComponent]] {
            var result: [[JSONSourceMap.PathComponent]] = []
            for decoding in objects {
                guard case .object(let object) = decoding.value else { continue }
                for (index, wasRead) in decoding.read.enumerated() where !wasRead {
                    switch object.values[index] {
                    case .null: continue
                    case .string(let text) where text.isEmpty: continue
                    default: result.append(decoding.pathComponents + [.key(object.keys[index])])
                    }
                }
            }
            return result
        }
    }

    let value: JSONValue
    let parent: JSONTreeDecoding?
    let key: (any CodingKey)?
    let tracker: Tracker?
    /// For an object while tracking: which members were asked for.
    @exclusivity(unchecked) var read: [Bool] = []
    /// Where the last member was found: types usually ask in the order of the text.
    @exclusivity(unchecked) var hint = 0

    init(_ value: JSONValue, parent: JSONTreeDecoding?, key: (any CodingKey)?, tracker: Tracker?) {
        self.value = value
        self.parent = parent
        self.key = key
        self.tracker = tracker
    }

    var codingPath: [any CodingKey] {
        var keys: [any CodingKey] = []
        var decoding: JSONTreeDecoding? = self
        while let current = decoding {
            if let key = current.key { keys.append(key) }
            decoding = current.parent
        }
        return keys.reversed()
    }

    var pathComponents: [JSONSourceMap.PathComponent] {
        codingPath.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = value else { throw mismatch([String: Any].self, value, codingPath) }
        if let tracker, read.count != object.count {
            read = Array(repeating: false, count: object.count)
            tracker.objects.append(self)
        }
        return KeyedDecodingContainer(JSONTreeKeyedDecoding<Key>(decoding: self, object: object))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw mismatch([Any].self, value, codingPath) }
        return JSONTreeUnkeyedDecoding(decoding: self, elements: elements)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { JSONTreeSingleValueDecoding(decoding: self) }

    /// The index of a member, marking it read.
    func index(of key: String, in object: JSONObject) -> Int? {
        let keys = object.keys
        let count = keys.count
        guard count > 0 else { return nil }
        var index = hint < count ? hint : 0
        for _ in 0..<count {
            if keys[index] == key {
                hint = index + 1
                if !read.isEmpty { read[index] = true }
                return index
            }
            index = index + 1 == count ? 0 : index + 1
        }
        return nil
    }

    /// A child decoder for a nested value.
    func child(_ value: JSONValue, key: any CodingKey) -> JSONTreeDecoding {
        JSONTreeDecoding(value, parent: self, key: key, tracker: tracker)
    }

    // MARK: Scalars, shared by the three containers

    func mismatch(_ type: Any.Type, _ value: JSONValue, _ path: [any CodingKey]) -> DecodingError {
        if case .null = value {
            return .valueNotFound(type, .init(codingPath: path, debugDescription: "expected \(type), found null"))
        }
        return .typeMismatch(type, .init(codingPath: path, debugDescription: "expected \(type), found \(value.kindDescription)"))
    }

    func string(_ value: JSONValue, _ path: @autoclosure () -> [any CodingKey]) throws -> String {
        guard case .string(let text) = value else { throw mismatch(String.self, value, path()) }
        return text
    }

    func bool(_ value: JSONValue, _ path: @autoclosure () -> [any CodingKey]) throws -> Bool {
        guard case .bool(let flag) = value else { throw mismatch(Bool.self, value, path()) }
        return flag
    }

    func number(_ value: JSONValue, _ path: @autoclosure () -> [any CodingKey]) throws -> Double {
        guard case .number(let number) = value else { throw mismatch(Double.self, value, path()) }
        return number
    }

    func integer<Integer: FixedWidthInteger>(_ value: JSONValue, _ path: @autoclosure () -> [any CodingKey]) throws -> Integer {
        guard case .number(let number) = value else { throw mismatch(Integer.self, value, path()) }
        guard let integer = Integer(exactly: number) else {
            throw DecodingError.dataCorrupted(.init(codingPath: path(), debugDescription: "the number \(number) does not fit in \(Integer.self)"))
        }
        return integer
    }

    /// Decodes a nested value: scalars directly, anything else through a child decoder.
    func decode<Value: Decodable>(_ type: Value.Type, _ value: JSONValue, key: any CodingKey) throws -> Value {
        if case .string(let text) = value, let text = text as? Value { return text }
        return try Value(from: child(value, key: key))
    }
}

/// A key for an array element in a coding path.
struct JSONTreeIndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { intValue.map { "Index \($0)" } ?? "" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
