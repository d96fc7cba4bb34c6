import Mestring
import MestringAdapterKit

/// Builds one HSDS object (organisation, service, program, location…) straight as compact JSON:
/// its fields in HSDS order, then its attributes, each linked by id to a term of a published
/// taxonomy.
///
/// Writing bytes as the fields come, instead of a tree that is written afterwards, keeps the
/// export of a national catalogue close to the cost of writing its text. Child objects (phones,
/// schedules, attributes…) get UUIDs derived cheaply from their parent's (``HSDSIdentifier/child(of:_:_:)``).
struct HSDSObjectBuilder {
    /// The object's UUID.
    let id: String
    private var bytes: [UInt8] = []
    private var attributes: [UInt8] = []
    private var attributeCount = 0

    init(id: String) {
        self.id = id
        bytes.reserveCapacity(256)
        bytes.append(contentsOf: #"{"id":"#.utf8)
        JSONSpelling.appendString(id, to: &bytes)
    }

    private mutating func key(_ key: String) {
        bytes.append(UInt8(ascii: ","))
        JSONSpelling.appendString(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Sets a text field; `nil` leaves it out.
    mutating func set(_ key: String, _ text: String?) {
        guard let text else { return }
        self.key(key)
        JSONSpelling.appendString(text, to: &bytes)
    }

    /// Sets a number field; `nil` leaves it out.
    mutating func set(_ key: String, number: Int?) {
        guard let number else { return }
        self.key(key)
        JSONSpelling.appendInteger(number, to: &bytes)
    }

    /// Sets a field to one built object.
    mutating func set(_ key: String, object: HSDSObject) {
        self.key(key)
        bytes.append(contentsOf: object.bytes)
    }

    /// Sets a field to a list of built objects; an empty list is left out.
    mutating func set(_ key: String, _ objects: [HSDSObject]) {
        guard !objects.isEmpty else { return }
        self.key(key)
        bytes.append(UInt8(ascii: "["))
        for (index, object) in objects.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: object.bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Adds an attribute with a taxonomy term and an optional value. Terms of Mestring's
    /// published taxonomies are linked by id only (they are listed in `Documentation/HSDS.md` and
    /// in the tabular package); a diagnosis term, made for the code at hand, is written in full.
    mutating func attribute(_ term: HSDSTerm, value: String? = nil, embedsTerm: Bool = false) {
        attributes.append(UInt8(ascii: attributeCount == 0 ? "[" : ","))
        attributes.append(contentsOf: #"{"id":"#.utf8)
        JSONSpelling.appendString(HSDSIdentifier.child(of: id, "attribute", attributeCount), to: &attributes)
        attributeCount += 1
        attributes.append(contentsOf: #","taxonomy_term_id":"#.utf8)
        JSONSpelling.appendString(term.id, to: &attributes)
        if let value {
            attributes.append(contentsOf: #","value":"#.utf8)
            JSONSpelling.appendString(value, to: &attributes)
        }
        if embedsTerm {
            attributes.append(contentsOf: #","taxonomy_term":"#.utf8)
            var termObject = HSDSObjectBuilder(id: term.id)
            for (key, value) in term.members.dropFirst() { termObject.set(key, value) }
            attributes.append(contentsOf: termObject.build().bytes)
        }
        attributes.append(UInt8(ascii: "}"))
    }

    /// Adds an attribute for a vocabulary value, in its Mestring taxonomy.
    mutating func attribute<Value: CatalogEnumeration>(_ value: Value) {
        attribute(MestringTaxonomies.term(for: value))
    }

    /// Adds an attribute for a diagnosis: the term is the code in its classification, written in
    /// full because it is in no published list; the value is the label the offer gives it.
    mutating func attribute(_ diagnosis: DiagnosisCode) {
        let taxonomy = MestringTaxonomies.taxonomy(of: diagnosis.system)
        attribute(taxonomy.term(code: diagnosis.code, name: diagnosis.label ?? diagnosis.code), value: diagnosis.label, embedsTerm: true)
    }

    /// Carries a field HSDS has no place for, as text.
    mutating func carry(_ field: CarriedField, _ text: String) {
        attribute(field.term, value: text)
    }

    /// Carries a structured field as Mestring JSON, so that it comes back unchanged.
    mutating func carry<Value: Encodable>(_ field: CarriedField, json value: Value) {
        let json = (try? CompactJSONEncoder().encode(value)) ?? []
        carry(field, String(decoding: json, as: UTF8.self))
    }

    /// The finished object, with its attributes last.
    func build() -> HSDSObject {
        var finished = bytes
        if attributeCount > 0 {
            finished.append(contentsOf: #","attributes":"#.utf8)
            finished.append(contentsOf: attributes)
            finished.append(UInt8(ascii: "]"))
        }
        finished.append(UInt8(ascii: "}"))
        return HSDSObject(bytes: finished)
    }
}
