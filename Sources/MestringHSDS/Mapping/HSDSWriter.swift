import Foundation
import Mestring
import MestringAdapterKit

/// Writes an HSDS document straight into one buffer as compact JSON, object by object: each
/// object's fields in HSDS order as the exporter gives them, then its attributes, each linked by
/// id to a term of a published taxonomy.
///
/// Objects are written where they stand in the document, inside their parent, instead of being
/// built apart and copied into it: an offer's phone was copied four times on its way into the
/// page, and the small buffers of every part of every service cost more than the text itself.
/// Only attributes wait, in a buffer per open object that is reused, because HSDS puts them last
/// while the exporter finds them as it goes. Child objects (phones, schedules, attributes…) get
/// UUIDs derived cheaply from their parent's (``HSDSIdentifier/child(of:_:_:)``).
final class HSDSWriter {
    /// The document written so far.
    private let output = JSONOutput(capacity: 1 << 20, compact: true)
    /// The objects open now, outermost first; a closed object's frame stays for the next object
    /// at its depth, so that its attribute buffer is reused.
    private var frames: [Frame] = []
    /// How many objects are open.
    private var depth = 0
    /// How many elements the innermost open list (or the page) has.
    private var listCount = 0
    /// A carried Mestring value as JSON, before it is quoted as an attribute's value.
    private var scratch: [UInt8] = []

    private final class Frame {
        var id = ""
        var attributeCount = 0
        let attributes = JSONOutput(capacity: 1 << 10, compact: true)
    }

    /// The UUID of the innermost open object.
    var id: String { frames[depth - 1].id }

    /// The finished document, without a copy.
    func takeData() -> Data { output.takeData() }

    // MARK: The page

    /// The page around the organisations: HSDS's paging fields, then `organizations` writes one
    /// organisation a line (``line(id:_:)``), so that a national document stays compact yet diffs
    /// by organisation.
    func page(count: Int, _ organizations: () -> Void) {
        output.append(#"{"total_items":"#)
        output.appendInteger(count)
        output.append(#","total_pages":1,"page_number":1,"size":"#)
        output.appendInteger(count)
        output.append(#","first_page":true,"last_page":true,"empty":false,"contents":["#)
        listCount = 0
        organizations()
        output.append("\n]}\n")
    }

    /// Writes an organisation of the page on a line of its own.
    func line(id: String, _ body: () -> Void) {
        output.append(listCount == 0 ? "\n" : ",\n")
        listCount += 1
        object(id: id, body)
    }

    // MARK: Objects and lists

    /// Writes an object: its `id` first, then what `body` writes, then the attributes it added.
    func object(id: String, _ body: () -> Void) {
        output.append(#"{"id":"#)
        output.appendString(id)
        if depth == frames.count { frames.append(Frame()) }
        let frame = frames[depth]
        frame.id = id
        frame.attributeCount = 0
        frame.attributes.removeAll()
        depth += 1
        body()
        depth -= 1
        if frame.attributeCount > 0 {
            output.append(#","attributes":"#)
            output.append(frame.attributes)
            output.append(UInt8(ascii: "]"))
        }
        output.append(UInt8(ascii: "}"))
    }

    /// Sets a field to an object.
    func set(_ key: StaticString, objectID id: String, _ body: () -> Void) {
        self.key(key)
        object(id: id, body)
    }

    /// Sets a field to the list of objects `elements` writes (``element(id:_:)``); a list that
    /// gets no element is left out, as HSDS tools expect.
    func list(_ key: StaticString, _ elements: () -> Void) {
        let start = output.count
        self.key(key)
        output.append(UInt8(ascii: "["))
        let outer = listCount
        listCount = 0
        elements()
        if listCount == 0 { output.truncate(to: start) } else { output.append(UInt8(ascii: "]")) }
        listCount = outer
    }

    /// Writes an object as the next element of the innermost open list.
    func element(id: String, _ body: () -> Void) {
        if listCount > 0 { output.append(UInt8(ascii: ",")) }
        listCount += 1
        object(id: id, body)
    }

    private func key(_ key: StaticString) {
        output.append(#",""#)
        output.append(key)
        output.append(#"":"#)
    }

    // MARK: Fields

    /// Sets a text field; `nil` leaves it out.
    func set(_ key: StaticString, _ text: String?) {
        guard let text else { return }
        self.key(key)
        output.appendString(text)
    }

    /// Sets a number field; `nil` leaves it out.
    func set(_ key: StaticString, number: Int?) {
        guard let number else { return }
        self.key(key)
        output.appendInteger(number)
    }

    // MARK: Attributes

    /// Adds an attribute with a taxonomy term and an optional value to the innermost open object.
    /// Terms of Mestring's published taxonomies are linked by id only (they are listed in
    /// `Documentation/HSDS.md` and in the tabular package); a diagnosis term, made for the code
    /// at hand, is written in full.
    func attribute(_ term: HSDSTerm, value: String? = nil, embedsTerm: Bool = false) {
        let attributes = openAttribute(term)
        if let value {
            attributes.append(#","value":"#)
            attributes.appendString(value)
        }
        if embedsTerm {
            attributes.append(#","taxonomy_term":{"#)
            for (index, member) in term.members.enumerated() {
                if index > 0 { attributes.append(UInt8(ascii: ",")) }
                attributes.appendString(member.key)
                attributes.append(UInt8(ascii: ":"))
                attributes.appendString(member.value)
            }
            attributes.append(UInt8(ascii: "}"))
        }
        attributes.append(UInt8(ascii: "}"))
    }

    /// Starts an attribute of the innermost open object, up to its term, and gives the buffer to
    /// go on in.
    private func openAttribute(_ term: HSDSTerm) -> JSONOutput {
        let frame = frames[depth - 1]
        let attributes = frame.attributes
        attributes.append(frame.attributeCount == 0 ? UInt8(ascii: "[") : UInt8(ascii: ","))
        attributes.append(#"{"id":"#)
        attributes.appendString(HSDSIdentifier.child(of: frame.id, "attribute", frame.attributeCount))
        frame.attributeCount += 1
        attributes.append(#","taxonomy_term_id":"#)
        attributes.appendString(term.id)
        return attributes
    }

    /// Adds an attribute for a vocabulary value, in its Mestring taxonomy.
    func attribute<Value: CatalogEnumeration>(_ value: Value) {
        attribute(MestringTaxonomies.term(for: value))
    }

    /// Adds an attribute for a diagnosis: the term is the code in its classification, written in
    /// full because it is in no published list; the value is the label the offer gives it.
    func attribute(_ diagnosis: DiagnosisCode) {
        let taxonomy = MestringTaxonomies.taxonomy(of: diagnosis.system)
        attribute(taxonomy.term(code: diagnosis.code, name: diagnosis.label ?? diagnosis.code), value: diagnosis.label, embedsTerm: true)
    }

    /// Carries a field HSDS has no place for, as text.
    func carry(_ field: CarriedField, _ text: String) {
        attribute(field.term, value: text)
    }

    /// Carries a structured field as Mestring JSON, so that it comes back unchanged; the JSON is
    /// quoted straight from the encoder's bytes.
    func carry<Value: Encodable>(_ field: CarriedField, json value: Value) {
        scratch.removeAll(keepingCapacity: true)
        do { try CompactJSONEncoder().encode(value, into: &scratch) } catch { scratch.removeAll() }
        let attributes = openAttribute(field.term)
        attributes.append(#","value":"#)
        scratch.withUnsafeBufferPointer { attributes.appendString(utf8: $0) }
        attributes.append(UInt8(ascii: "}"))
    }
}
