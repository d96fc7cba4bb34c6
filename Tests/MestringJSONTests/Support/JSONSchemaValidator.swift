import Foundation

/// Checks a JSON document against the subset of JSON Schema 2020-12 that Mestring's published
/// schema uses: `$ref` to `#/$defs/…`, `type`, `properties`, `required`, `additionalProperties`,
/// `items`, `enum`, `const`, `pattern` and `minimum`. Any other keyword fails loudly, so the schema
/// cannot silently use something this checker ignores.
struct JSONSchemaValidator {
    let schema: JSONValue
    private static let knownKeywords: Set<String> = [
        "$schema", "$id", "$defs", "$ref", "type", "properties", "required", "additionalProperties", "items",
        "enum", "const", "pattern", "minimum", "title", "description",
    ]

    /// Every violation, as `path: problem`.
    func violations(of document: JSONValue) -> [String] {
        var problems: [String] = []
        check(document, against: schema, path: "$", &problems)
        return problems
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/$defs/"), case .object(let root) = schema, case .object(let definitions)? = root["$defs"]
        else { return nil }
        return definitions[String(reference.dropFirst("#/$defs/".count))]
    }

    private func check(_ value: JSONValue, against schema: JSONValue, path: String, _ problems: inout [String]) {
        guard case .object(let rules) = schema else { return }
        for keyword in rules.keys where !Self.knownKeywords.contains(keyword) {
            problems.append("\(path): schema uses unsupported keyword \(keyword)")
        }
        if case .string(let reference)? = rules["$ref"] {
            guard let target = resolve(reference) else { return problems.append("\(path): unresolvable $ref \(reference)") }
            check(value, against: target, path: path, &problems)
        }
        if let types = rules["type"] {
            let allowed: [String] = switch types {
            case .string(let name): [name]
            case .array(let names): names.compactMap { if case .string(let name) = $0 { name } else { nil } }
            default: []
            }
            let actual = value.typeName
            if !allowed.contains(actual) && !(actual == "integer" && allowed.contains("number")) {
                problems.append("\(path): expected \(allowed.joined(separator: " or ")), found \(actual)")
                return
            }
        }
        if case .array(let options)? = rules["enum"], !options.contains(value) {
            problems.append("\(path): \(value) is not one of the allowed values")
        }
        if let constant = rules["const"], constant != value { problems.append("\(path): expected \(constant)") }
        if case .string(let pattern)? = rules["pattern"], case .string(let text) = value,
            text.range(of: pattern, options: .regularExpression) == nil
        {
            problems.append("\(path): \"\(text)\" does not match \(pattern)")
        }
        if let minimum = rules["minimum"], case .integer(let bound) = minimum, case .integer(let number) = value, number < bound {
            problems.append("\(path): \(number) is below the minimum \(bound)")
        }
        if case .object(let members) = value { checkObject(members, rules, path, &problems) }
        if case .array(let elements) = value, let items = rules["items"] {
            for (index, element) in elements.enumerated() { check(element, against: items, path: "\(path)[\(index)]", &problems) }
        }
    }

    private func checkObject(_ members: [String: JSONValue], _ rules: [String: JSONValue], _ path: String, _ problems: inout [String]) {
        let properties: [String: JSONValue] = if case .object(let properties)? = rules["properties"] { properties } else { [:] }
        if case .array(let required)? = rules["required"] {
            for case .string(let name) in required where members[name] == nil {
                problems.append("\(path): missing required property \(name)")
            }
        }
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            if let propertySchema = properties[name] {
                check(member, against: propertySchema, path: "\(path).\(name)", &problems)
            } else if rules["additionalProperties"] == .bool(false) {
                problems.append("\(path): property \(name) is not allowed")
            } else if let additional = rules["additionalProperties"], case .object = additional {
                check(member, against: additional, path: "\(path).\(name)", &problems)
            }
        }
    }
}
