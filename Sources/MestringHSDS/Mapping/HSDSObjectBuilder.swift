import Foundation
import Mestring
import MestringAdapterKit

/// Builds one HSDS object (organisation, service, program, location…): its fields in HSDS order
/// and its attributes, each linked to a term of a published taxonomy.
struct HSDSObjectBuilder {
    /// The object's UUID.
    let id: String
    private(set) var object = JSONObject()
    private var attributes: [JSONValue] = []

    init(id: String) {
        self.id = id
        object.append("id", .string(id))
    }

    /// Sets a text field; `nil` leaves it out.
    mutating func set(_ key: String, _ text: String?) {
        if let text { object.append(key, .string(text)) }
    }

    /// Sets a number field; `nil` leaves it out.
    mutating func set(_ key: String, number: Int?) {
        if let number { object.append(key, .number(Double(number))) }
    }

    /// Sets a field to a value; an empty array is left out.
    mutating func set(_ key: String, _ value: JSONValue) {
        if case .array(let elements) = value, elements.isEmpty { return }
        object.append(key, value)
    }

    /// Adds an attribute with a taxonomy term and an optional value.
    mutating func attribute(_ term: HSDSTerm, _ taxonomy: HSDSTaxonomy, value: String? = nil) {
        var attribute = JSONObject()
        attribute.append("id", .string(HSDSIdentifier.uuid(id, "attribute", String(attributes.count))))
        attribute.append("taxonomy_term_id", .string(term.id))
        if let value { attribute.append("value", .string(value)) }
        var termObject = JSONObject()
        termObject.append("id", .string(term.id))
        termObject.append("code", .string(term.code))
        termObject.append("name", .string(term.name))
        termObject.append("description", .string(term.description))
        termObject.append("taxonomy", .string(taxonomy.name))
        termObject.append("taxonomy_id", .string(taxonomy.id))
        attribute.append("taxonomy_term", .object(termObject))
        attributes.append(.object(attribute))
    }

    /// Adds an attribute for a vocabulary value, in its Mestring taxonomy.
    mutating func attribute<Value: CatalogEnumeration>(_ value: Value) {
        attribute(MestringTaxonomies.term(for: value), MestringTaxonomies.taxonomy(of: Value.self))
    }

    /// Adds an attribute for a diagnosis: the term is the code in its classification, the value
    /// the label the offer gives it.
    mutating func attribute(_ diagnosis: DiagnosisCode) {
        let taxonomy = MestringTaxonomies.taxonomy(of: diagnosis.system)
        attribute(taxonomy.term(code: diagnosis.code, name: diagnosis.label ?? diagnosis.code), taxonomy, value: diagnosis.label)
    }

    /// Carries a field HSDS has no place for, as text.
    mutating func carry(_ field: CarriedField, _ text: String) {
        attribute(field.term, MestringTaxonomies.field, value: text)
    }

    /// Carries a structured field as Mestring JSON, so that it comes back unchanged.
    mutating func carry<Value: Encodable>(_ field: CarriedField, json value: Value, _ encoder: JSONEncoder) {
        let data = (try? encoder.encode(value)) ?? Data()
        carry(field, String(decoding: data, as: UTF8.self))
    }

    /// The finished object, with its attributes last.
    func build() -> JSONValue {
        var finished = object
        if !attributes.isEmpty { finished.append("attributes", .array(attributes)) }
        return .object(finished)
    }
}
