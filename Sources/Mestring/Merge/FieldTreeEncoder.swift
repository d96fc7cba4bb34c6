/// Writes any `Encodable` value as a ``FieldTree``.
struct FieldTreeEncoder: Encoder {
    /// A place in the tree being written; containers fill it in, possibly after they are handed out.
    final class Node {
        enum Content {
            case value(FieldTree)
            case object([(key: String, node: Node)])
            case array([Node])
        }

        var content = Content.value(.null)

        var tree: FieldTree {
            switch content {
            case .value(let tree): tree
            case .object(let members): .object(members.map { FieldTree.Member(key: $0.key, value: $0.node.tree) })
            case .array(let nodes): .array(nodes.map(\.tree))
            }
        }

        /// The child for `key`, replacing an earlier one with the same key.
        func child(_ key: String) -> Node {
            var members: [(key: String, node: Node)] = []
            if case .object(let existing) = content { members = existing }
            let node = Node()
            if let index = members.firstIndex(where: { $0.key == key }) {
                members[index].node = node
            } else {
                members.append((key, node))
            }
            content = .object(members)
            return node
        }

        func appendChild() -> Node {
            var nodes: [Node] = []
            if case .array(let existing) = content { nodes = existing }
            let node = Node()
            nodes.append(node)
            content = .array(nodes)
            return node
        }

        func makeObject() { if case .object = content {} else { content = .object([]) } }
        func makeArray() { if case .array = content {} else { content = .array([]) } }
    }

    let node: Node
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(Keyed(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return Unkeyed(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node, codingPath: codingPath) }

    /// Writes `value` into `node`: scalars directly, everything else through its own `encode(to:)`.
    static func write(_ value: some Encodable, into node: Node, codingPath: [any CodingKey]) throws {
        if let scalar = value as? any FieldTreeScalar {
            node.content = .value(scalar.fieldTree)
        } else {
            try value.encode(to: FieldTreeEncoder(node: node, codingPath: codingPath))
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { node.child(key.stringValue).content = .value(.null) }
        mutating func encode(_ value: some Encodable, forKey key: Key) throws {
            try FieldTreeEncoder.write(value, into: node.child(key.stringValue), codingPath: codingPath + [key])
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            FieldTreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            FieldTreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { FieldTreeEncoder(node: node.child("super"), codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            FieldTreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        var count: Int {
            if case .array(let nodes) = node.content { return nodes.count }
            return 0
        }

        mutating func encodeNil() throws { node.appendChild().content = .value(.null) }
        mutating func encode(_ value: some Encodable) throws {
            try FieldTreeEncoder.write(value, into: node.appendChild(), codingPath: codingPath)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            FieldTreeEncoder(node: node.appendChild(), codingPath: codingPath).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            FieldTreeEncoder(node: node.appendChild(), codingPath: codingPath).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { FieldTreeEncoder(node: node.appendChild(), codingPath: codingPath) }
    }

    struct Single: SingleValueEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws { node.content = .value(.null) }
        mutating func encode(_ value: some Encodable) throws { try FieldTreeEncoder.write(value, into: node, codingPath: codingPath) }
    }
}
