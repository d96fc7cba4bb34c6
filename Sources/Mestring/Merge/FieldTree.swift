/// A record as its fields, the way `Codable` writes it: what ``CatalogMerge`` compares field by
/// field and overlays, for every record kind, without a line of code per field.
///
/// Field names are the record's coding keys, the same names the JSON format and field paths use.
/// Numbers keep their text, so every numeric type comes back exactly.
enum FieldTree: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([FieldTree])
    case object([Member])

    /// One field of an object, in the order the encoder wrote it.
    struct Member: Hashable, Sendable {
        var key: String
        var value: FieldTree
    }

    /// The tree of a value.
    init(_ value: some Encodable) throws {
        let root = FieldTreeEncoder.Node()
        try value.encode(to: FieldTreeEncoder(node: root, codingPath: []))
        self = root.tree
    }

    /// The value this tree describes.
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try Value(from: FieldTreeDecoder(tree: self, codingPath: []))
    }

    /// `true` for what a source leaves *not stated*: nothing, an empty text or list, or an object
    /// (a localized text, a schedule) with nothing stated in it. `false` and `0` are stated.
    var isNotStated: Bool {
        switch self {
        case .null: true
        case .string(let text): text.isEmpty
        case .array(let elements): elements.isEmpty
        case .object(let members): members.allSatisfy(\.value.isNotStated)
        case .bool, .number: false
        }
    }

    /// The value of a field of an object; `nil` when absent or when this is not an object.
    subscript(key: String) -> FieldTree? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The field paths where `other` differs from this tree (`format`, `schedule.startDate`),
    /// in field order; a list that differs is one path, because its elements have no names.
    func changedPaths(to other: FieldTree, under path: String = "") -> [String] {
        guard self != other else { return [] }
        guard case .object(let mine) = self, case .object(let theirs) = other else { return [path] }
        var keys = mine.map(\.key)
        for member in theirs where !keys.contains(member.key) { keys.append(member.key) }
        return keys.flatMap { key in
            let child = path.isEmpty ? key : path + "." + key
            let before = self[key] ?? .null
            let after = other[key] ?? .null
            return before.isNotStated && after.isNotStated ? [] : before.changedPaths(to: after, under: child)
        }
    }
}
