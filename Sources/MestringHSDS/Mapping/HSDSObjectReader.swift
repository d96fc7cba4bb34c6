import Foundation
import Mestring
import MestringAdapterKit

/// Reads one HSDS object field by field, remembering which members it used, so that everything
/// left over goes into the ``HSDSImportReport``; and sorts its attributes into Mestring's
/// taxonomies.
struct HSDSObjectReader {
    let object: JSONObject
    let place: HSDSPlace
    /// Which members were read, by position: a flag per member costs no hashing, and an object has
    /// a few dozen members at most.
    private var used: [Bool]
    private var carried: [CarriedField: [(value: String, index: Int)]] = [:]
    private var vocabularies: [String: [String]] = [:]
    /// The diagnoses the object's attributes name, in order.
    private(set) var diagnoses: [DiagnosisCode] = []

    /// Reads `value` as an object at `place`; anything else is an error there.
    init(_ value: JSONValue, at place: HSDSPlace, report: inout HSDSImportReport) throws {
        var place = place
        guard let object = value.object else {
            throw StoreError(.malformedData, "expected an object, found \(value.kindDescription)", field: place.path)
        }
        if case .string(let origin)? = object[HSDSPlace.originKey] {
            let parts = origin.split(separator: "\u{1}")
            place.table = parts.first.map(String.init)
            place.row = parts.count > 1 ? Int(parts[1]) : nil
        }
        self.object = object
        self.place = place
        used = Array(repeating: false, count: object.count)
        mark("id", HSDSPlace.originKey, "attributes")
        try readAttributes(&report)
    }

    /// The object's UUID; required.
    func id() throws -> String {
        guard case .string(let id)? = object["id"], !id.isEmpty else {
            throw place.error("id", object["id"] == nil ? "missing required field \"id\"" : "expected the object's UUID as a string")
        }
        return id
    }

    /// Sorts the attributes by their terms. An attribute is read member by member without a
    /// reader of its own: a service has a dozen of them, and its members need no report (HSDS
    /// gives them no content beyond the term and the value).
    private mutating func readAttributes(_ report: inout HSDSImportReport) throws {
        try Self.forEachObject(in: member("attributes"), "attributes", at: place) { index, attribute in
            // The place is made only for an error or a report: most attributes need none.
            func attributePlace() -> HSDSPlace { place.child("attributes", index: index) }
            var termObject: JSONObject?
            var termID: String?
            var value: String?
            for (key, member) in zip(attribute.keys, attribute.values) {
                switch key {
                case "taxonomy_term":
                    switch member {
                    case .object(let object): termObject = object
                    case .null: break
                    default: throw attributePlace().error(key, "expected an object, found \(member.kindDescription)")
                    }
                case "taxonomy_term_id": termID = try Self.text(member, key, at: attributePlace())
                case "value": value = try Self.text(member, key, at: attributePlace())
                default: continue
                }
            }
            termID = termID ?? termObject?["id"]?.string
            if let termID, let meaning = MestringTaxonomies.meaningsByTermID[termID] {
                switch meaning {
                case .carried(let field): carried[field, default: []].append((value ?? "", index))
                case .vocabulary(let taxonomy, let spelling): vocabularies[taxonomy, default: []].append(spelling)
                }
            } else if let term = termObject, case .string(let taxonomyID)? = term["taxonomy_id"],
                let system = CodingSystem.allCases.first(where: { MestringTaxonomies.taxonomy(of: $0).id == taxonomyID }),
                case .string(let code)? = term["code"]
            {
                let prefix = system.rawValue + ":"
                diagnoses.append(DiagnosisCode(system: system, code: code.hasPrefix(prefix) ? String(code.dropFirst(prefix.count)) : code, label: value))
            } else {
                let name = termObject?["name"]?.string.map { " \"\($0)\"" } ?? ""
                report.unmapped.append(
                    .init(place: attributePlace().describe("taxonomy_term_id"), reason: "attribute with taxonomy term\(name) that Mestring does not know"))
            }
        }
    }

    /// A text member's value; `null` is `nil`, anything but text an error at the member.
    private static func text(_ value: JSONValue?, _ key: String, at place: @autoclosure () -> HSDSPlace) throws -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let other?: throw place().error(key, "expected a string, found \(other.kindDescription)")
        }
    }

    /// Marks members as used without reading them (they are derived from what is read).
    mutating func mark(_ keys: String...) {
        for key in keys { _ = member(key) }
    }

    /// The member named `key`, marking it used; `nil` when the object has none.
    private mutating func member(_ key: String) -> JSONValue? {
        let keys = object.keys
        for index in keys.indices where keys[index] == key {
            used[index] = true
            return object.values[index]
        }
        return nil
    }

    /// A text member; `null` or absent is `nil`.
    mutating func string(_ key: String) throws -> String? {
        try Self.text(member(key), key, at: place)
    }

    /// A number member; `null` or absent is `nil`.
    mutating func number(_ key: String) throws -> Double? {
        switch member(key) {
        case nil, .null?: return nil
        case .number(let value)?: return value
        case let other?: throw place.error(key, "expected a number, found \(other.kindDescription)")
        }
    }

    /// A whole-number member, such as an age.
    mutating func wholeNumber(_ key: String) throws -> Int? {
        guard let value = try number(key) else { return nil }
        guard value == value.rounded(), abs(value) < 1e9 else { throw place.error(key, "expected a whole number, found \(value)") }
        return Int(value)
    }

    /// An array member whose elements are objects, each with its place.
    mutating func objects(_ key: String) throws -> [(JSONObject, HSDSPlace)] {
        var objects: [(JSONObject, HSDSPlace)] = []
        let place = place
        try Self.forEachObject(in: member(key), key, at: place) { index, object in objects.append((object, place.child(key, index: index))) }
        return objects
    }

    /// Calls `body` with the index and object of each element of `value`, the array member `key`
    /// of the object at `place`.
    private static func forEachObject(in value: JSONValue?, _ key: String, at place: HSDSPlace, _ body: (Int, JSONObject) throws -> Void) throws {
        switch value {
        case nil, .null?: return
        case .array(let elements)?:
            for (index, element) in elements.enumerated() {
                guard case .object(let object) = element else {
                    throw place.error("\(key)[\(index)]", "expected an object, found \(element.kindDescription)")
                }
                try body(index, object)
            }
        case let other?: throw place.error(key, "expected an array, found \(other.kindDescription)")
        }
    }

    /// An object member, with its place.
    mutating func object(_ key: String) throws -> (JSONObject, HSDSPlace)? {
        switch member(key) {
        case nil, .null?: return nil
        case .object(let object)?: return (object, place.child(key))
        case let other?: throw place.error(key, "expected an object, found \(other.kindDescription)")
        }
    }

    /// The values carried for a field, in order.
    func carried(_ field: CarriedField) -> [String] { carried[field]?.map(\.value) ?? [] }

    /// The value carried for a field as Mestring JSON, decoded; an undecodable value is an error
    /// at its attribute.
    func carried<Value: Decodable>(_ field: CarriedField, as type: Value.Type) throws -> [Value] {
        try (carried[field] ?? []).map { value, index in
            do {
                return try JSONDocument(Data(value.utf8)).decode(type).value
            } catch {
                throw place.child("attributes", index: index).error(
                    "value", "the value of a \"\(field.rawValue)\" attribute is not the Mestring JSON of a \(type)")
            }
        }
    }

    /// The first value carried for a field as Mestring JSON.
    func carriedValue<Value: Decodable>(_ field: CarriedField, as type: Value.Type) throws -> Value? {
        try carried(field, as: type).first
    }

    /// The values of a Mestring vocabulary the attributes name, in order.
    func vocabulary<Value: CatalogEnumeration>(_ type: Value.Type) -> [Value] {
        (vocabularies[MestringTaxonomies.taxonomy(of: type).code] ?? []).compactMap { Value(rawValue: $0) }
    }

    /// `true` when the object was written by Mestring (it carries a Mestring identifier or is the
    /// catalogue).
    var isFromMestring: Bool { carried[.id] != nil || carried[.catalogue] != nil }

    /// Lists every member not used that carries data.
    func reportUnused(into report: inout HSDSImportReport) {
        for (index, (key, value)) in zip(object.keys, object.values).enumerated() where !used[index] {
            switch value {
            case .null: continue
            case .string(let text) where text.isEmpty: continue
            case .array(let elements) where elements.isEmpty: continue
            default: report.unmapped.append(.init(place: place.describe(key), reason: "no Mestring field"))
            }
        }
    }
}
