import Foundation
import Mestring
import MestringAdapterKit

/// Reads one HSDS object field by field, remembering which members it used, so that everything
/// left over goes into the ``HSDSImportReport``; and sorts its attributes into Mestring's
/// taxonomies.
struct HSDSObjectReader {
    private(set) var place: HSDSPlace
    /// The object's members in document order (`null` ones left out: null is absent), each with
    /// whether it was read: a flag costs no hashing, and an object has a few dozen members at
    /// most. Names stay bytes in the document, compared without making strings.
    private var members: [(key: JSONKey, value: JSONNode, used: Bool)] = []
    /// The carried values and vocabulary terms of the attributes, in order, with the attribute's
    /// index: a service has a dozen, which a scan finds faster than a dictionary is made.
    private var carried: [(field: CarriedField, value: JSONNode?, index: Int)] = []
    /// The carried values that are Mestring JSON, gathered into one document; `nil` when there
    /// are none or they must be read one by one.
    private var carriedJSON: HSDSCarriedJSON?
    /// The vocabulary values the attributes name, in order, each with its type's identifier:
    /// what a reader asks for is picked by comparing identifiers, and only those values made.
    private var vocabularies: [(type: ObjectIdentifier, spelling: String)] = []
    /// The diagnoses the object's attributes name, in order.
    private(set) var diagnoses: [DiagnosisCode] = []
    /// The object, for what must tell a `null` member from an absent one (only errors do).
    private let node: JSONNode

    /// Reads `node` as an object at `place`; anything else is an error there.
    init(_ node: JSONNode, at place: HSDSPlace, report: inout HSDSImportReport) throws {
        guard node.isObject else {
            throw StoreError(.malformedData, "expected an object, found \(node.kindDescription)", field: place.path)
        }
        self.node = node
        self.place = place
        var members: [(key: JSONKey, value: JSONNode, used: Bool)] = []
        // Room for most objects at once (a link or a phone has three members, a service fifteen),
        // instead of growing through four allocations.
        members.reserveCapacity(16)
        // Every member is accounted for here (reported by `reportUnused`), none by the document.
        try node.members { key, value in
            members.append((key, value, false))
            return true
        }
        self.members = members
        if let origin = try Self.textIfText(member(HSDSPlace.originKey)) {
            let parts = origin.split(separator: "\u{1}")
            self.place.table = parts.first.map(String.init)
            self.place.row = parts.count > 1 ? Int(parts[1]) : nil
        }
        mark("id", "attributes")
        try readAttributes(&report)
    }

    /// The object's UUID; required.
    func id() throws -> String {
        guard let value = members.first(where: { "id" ~= $0.key })?.value, value.isString, let id = try? value.string(), !id.isEmpty else {
            throw place.error("id", (try? node.member("id")) == nil ? "missing required field \"id\"" : "expected the object's UUID as a string")
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
            var termObject: JSONNode?
            var termID: JSONNode?
            var value: JSONNode?
            try attribute.members { key, member in
                switch key {
                case "taxonomy_term":
                    guard member.isObject else { throw attributePlace().error("taxonomy_term", "expected an object, found \(member.kindDescription)") }
                    termObject = member
                case "taxonomy_term_id":
                    guard member.isString else { throw attributePlace().error("taxonomy_term_id", "expected a string, found \(member.kindDescription)") }
                    termID = member
                case "value":
                    guard member.isString else { throw attributePlace().error("value", "expected a string, found \(member.kindDescription)") }
                    value = member
                default: break
                }
                return true
            }
            if termID == nil, let id = try termObject?.member("id"), id.isString { termID = id }
            if let termID, let meaning = try MestringTaxonomies.meaning(ofTermID: termID) {
                switch meaning {
                case .carried(let field): carried.append((field, value, index))
                case .vocabulary(let type, let spelling): vocabularies.append((type, spelling))
                }
            } else if let term = termObject, let taxonomyID = try Self.textIfText(term.member("taxonomy_id")),
                let system = CodingSystem.allCases.first(where: { MestringTaxonomies.taxonomy(of: $0).id == taxonomyID }),
                let code = try Self.textIfText(term.member("code"))
            {
                let prefix = system.rawValue + ":"
                diagnoses.append(
                    DiagnosisCode(system: system, code: code.hasPrefix(prefix) ? String(code.dropFirst(prefix.count)) : code, label: try value?.string()))
            } else {
                let name = try Self.textIfText(termObject?.member("name")).map { " \"\($0)\"" } ?? ""
                report.unmapped.append(
                    .init(place: attributePlace().describe("taxonomy_term_id"), reason: "attribute with taxonomy term\(name) that Mestring does not know"))
            }
        }
        if carried.contains(where: { $0.field.isMestringJSON }) { carriedJSON = try HSDSCarriedJSON(carried) }
    }

    /// A text member's value; `null` or absent is `nil`, anything but text an error at the member.
    private static func text(_ value: JSONNode?, _ key: String, at place: @autoclosure () -> HSDSPlace) throws -> String? {
        guard let value, !value.isNull else { return nil }
        guard value.isString else { throw place().error(key, "expected a string, found \(value.kindDescription)") }
        return try value.string()
    }

    /// A value's text if it is text, else `nil`, for values whose other kinds mean nothing here.
    static func textIfText(_ value: JSONNode?) throws -> String? {
        guard let value, value.isString else { return nil }
        return try value.string()
    }

    /// Marks members as used without reading them (they are derived from what is read).
    mutating func mark(_ keys: StaticString...) {
        for key in keys { _ = member(key) }
    }

    /// The member named `key`, marking it used; `nil` when the object has none.
    private mutating func member(_ key: StaticString) -> JSONNode? {
        for index in members.indices where key ~= members[index].key {
            members[index].used = true
            return members[index].value
        }
        return nil
    }

    /// A text member; `null` or absent is `nil`.
    mutating func string(_ key: StaticString) throws -> String? {
        try Self.text(member(key), key.description, at: place)
    }

    /// A number member; `null` or absent is `nil`.
    mutating func number(_ key: StaticString) throws -> Double? {
        guard let value = member(key), !value.isNull else { return nil }
        guard !value.isString, !value.isObject, !value.isArray, let number = try? value.double() else {
            throw place.error(key.description, "expected a number, found \(value.kindDescription)")
        }
        return number
    }

    /// A whole-number member, such as an age.
    mutating func wholeNumber(_ key: StaticString) throws -> Int? {
        guard let value = try number(key) else { return nil }
        guard value == value.rounded(), abs(value) < 1e9 else { throw place.error(key.description, "expected a whole number, found \(value)") }
        return Int(value)
    }

    /// An array member whose elements are objects, each with its place.
    mutating func objects(_ key: StaticString) throws -> [(JSONNode, HSDSPlace)] {
        var objects: [(JSONNode, HSDSPlace)] = []
        let place = place
        let name = key.description
        try Self.forEachObject(in: member(key), name, at: place) { index, object in objects.append((object, place.child(name, index: index))) }
        return objects
    }

    /// Calls `body` with the index and object of each element of `value`, the array member `key`
    /// of the object at `place`.
    private static func forEachObject(in value: JSONNode?, _ key: String, at place: HSDSPlace, _ body: (Int, JSONNode) throws -> Void) throws {
        guard let value, !value.isNull else { return }
        guard value.isArray else { throw place.error(key, "expected an array, found \(value.kindDescription)") }
        var index = 0
        try value.elements { element in
            guard element.isObject else {
                throw place.error("\(key)[\(index)]", "expected an object, found \(element.kindDescription)")
            }
            try body(index, element)
            index += 1
        }
    }

    /// An object member, with its place.
    mutating func object(_ key: StaticString) throws -> (JSONNode, HSDSPlace)? {
        guard let value = member(key), !value.isNull else { return nil }
        guard value.isObject else { throw place.error(key.description, "expected an object, found \(value.kindDescription)") }
        return (value, place.child(key.description))
    }

    /// The values carried for a field, in order.
    func carried(_ field: CarriedField) -> [String] {
        carried.compactMap { $0.field == field ? ((try? $0.value?.string()) ?? "") : nil }
    }

    /// The value carried for a field as Mestring JSON, decoded; an undecodable value is an error
    /// at its attribute.
    func carried<Value: HSDSCarriedValue>(_ field: CarriedField, as type: Value.Type) throws -> [Value] {
        guard carried.contains(where: { $0.field == field }) else { return [] }
        let place = place
        func invalid(_ index: Int) -> StoreError {
            place.child("attributes", index: index).error("value", "the value of a \"\(field.rawValue)\" attribute is not the Mestring JSON of a \(type)")
        }
        if let values = try carriedJSON?.values(of: field, as: type, invalid: invalid) { return values }
        return try carried.compactMap { carriedField, value, index in
            guard carriedField == field else { return nil }
            do {
                let text = Array(((try? value?.string()) ?? "").utf8)
                let document = try JSONDocument(Data(text))
                // Mestring never writes `null`; a value with one goes through `Decodable`, which
                // tells a `null` member from an absent one where a reader's nodes cannot.
                if !HSDSCarriedJSON.mentionsNull(text[...]), let read = try document.read({ try Value.carried($0) }).value { return read }
                return try document.decode(type).value
            } catch {
                throw invalid(index)
            }
        }
    }

    /// The first value carried for a field as Mestring JSON.
    func carriedValue<Value: HSDSCarriedValue>(_ field: CarriedField, as type: Value.Type) throws -> Value? {
        try carried(field, as: type).first
    }

    /// The values of a Mestring vocabulary the attributes name, in order.
    func vocabulary<Value: CatalogEnumeration>(_ type: Value.Type) -> [Value] {
        let wanted = ObjectIdentifier(type)
        return vocabularies.compactMap { $0.type == wanted ? Value(rawValue: $0.spelling) : nil }
    }

    /// `true` when the object was written by Mestring (it carries a Mestring identifier or is the
    /// catalogue).
    var isFromMestring: Bool { carried.contains { $0.field == .id || $0.field == .catalogue } }

    /// Lists every member not used that carries data.
    func reportUnused(into report: inout HSDSImportReport) {
        for member in members where !member.used && Self.carriesData(member.value) {
            report.unmapped.append(.init(place: place.describe(member.key.name), reason: "no Mestring field"))
        }
    }

    /// Whether a value says anything: not `null`, `""` or `[]`.
    private static func carriesData(_ value: JSONNode) -> Bool {
        if value.isNull { return false }
        if value.isString { return (try? value.string())?.isEmpty == false }
        if value.isArray {
            var isEmpty = true
            try? value.elements { _ in isEmpty = false }
            return !isEmpty
        }
        return true
    }
}

extension JSONNode {
    /// What kind of value this is, for an error that says what was found.
    var kindDescription: String {
        if isNull { return "null" }
        if isObject { return "an object" }
        if isArray { return "an array" }
        if isString { return "a string" }
        return (try? bool()) != nil ? "true or false" : "a number"
    }
}
