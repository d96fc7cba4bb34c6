/// A parsed JSON value, for adapters that map a foreign JSON format field by field (HSDS) and
/// must know which members they used, which `Codable` cannot tell them.
///
/// Objects keep their members in the order read or built, so that written documents are stable
/// and an import report lists members in the order of the file.
package enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number; JSON does not distinguish whole numbers.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, members in order.
    case object(JSONObject)

    /// The string, when this is one.
    package var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The number, when this is one.
    package var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The object, when this is one.
    package var object: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The elements, when this is an array.
    package var array: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// What kind of value this is, for messages: "a string", "an object"…
    package var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "true or false"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A JSON object whose members keep their order.
package struct JSONObject: Sendable, Equatable {
    /// The member names, in order.
    package private(set) var keys: [String] = []
    /// The member values, in the order of ``keys``.
    package private(set) var values: [JSONValue] = []

    /// An empty object.
    package init() {}

    /// An object of these members, for a parser that gathered them.
    init(keys: [String], values: [JSONValue]) {
        self.keys = keys
        self.values = values
    }

    /// The value of the member named `key`, or `nil`; setting `nil` removes the member.
    package subscript(key: String) -> JSONValue? {
        get { keys.firstIndex(of: key).map { values[$0] } }
        set {
            if let index = keys.firstIndex(of: key) {
                if let newValue { values[index] = newValue } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// Appends a member without looking for an existing one with the same name: for builders that
    /// know the name is new, and for parsed text, which may repeat a name.
    package mutating func append(_ key: String, _ value: JSONValue) {
        keys.append(key)
        values.append(value)
    }

    /// The number of members.
    package var count: Int { keys.count }
}
