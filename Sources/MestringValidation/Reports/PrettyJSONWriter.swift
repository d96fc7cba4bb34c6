import Foundation
import MestringAdapterKit

/// Writes a report's JSON member by member straight into bytes, spelt as `JSONEncoder` spells it
/// with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`.
///
/// A national catalogue gives about 90,000 findings; a `Codable` pass over them cost a second
/// (JSON) and almost as much (SARIF), most of it boxing and sorting members that are always the
/// same. The reports name their members here in sorted order instead, so the bytes stay what
/// earlier versions wrote.
struct PrettyJSONWriter {
    private let output = JSONOutput(capacity: 1 << 20)
    /// For each open object or array, outermost first: how many members or elements it has so far.
    private var counts: [Int] = []

    /// Writes an object whose members `body` writes, in sorted order of their names.
    mutating func object(_ body: (inout PrettyJSONWriter) -> Void) {
        output.append(UInt8(ascii: "{"))
        counts.append(0)
        body(&self)
        let count = counts.removeLast()
        output.closeContainer("}", indent: counts.count, wasEmpty: count == 0)
    }

    /// Writes an array with one element per item of `items`, each written by `body`.
    mutating func array<Items: Sequence>(_ items: Items, _ body: (inout PrettyJSONWriter, Items.Element) -> Void) {
        output.append(UInt8(ascii: "["))
        counts.append(0)
        for item in items {
            startItem()
            body(&self, item)
        }
        let count = counts.removeLast()
        output.closeContainer("]", indent: counts.count, wasEmpty: count == 0)
    }

    /// Starts the member `name` of the open object; its value is written next.
    mutating func key(_ name: StaticString) {
        startItem()
        output.append(UInt8(ascii: "\""))
        output.append(name)
        output.append("\" : ")
    }

    /// Starts a member whose name is only known at run time.
    mutating func key(_ name: String) {
        startItem()
        output.appendString(name)
        output.append(" : ")
    }

    /// A string value.
    mutating func string(_ text: String) { output.appendString(text) }

    /// A whole-number value.
    mutating func integer(_ value: Int) { output.appendInteger(value) }

    /// The member `name` with a string value, left out when there is none (as `encodeIfPresent`).
    mutating func member(_ name: StaticString, _ text: String?) {
        guard let text else { return }
        key(name)
        string(text)
    }

    /// The member `name` with a whole-number value, left out when there is none.
    mutating func member(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        integer(value)
    }

    /// The text written, followed by a line break.
    func text() -> String {
        output.append(0x0A)
        return String(decoding: output.takeData(), as: UTF8.self)
    }

    private mutating func startItem() {
        let last = counts.count - 1
        if counts[last] > 0 { output.append(UInt8(ascii: ",")) }
        counts[last] += 1
        output.newline(indent: counts.count)
    }
}
