import Foundation

/// Writes `Encodable` values as JSON text directly into bytes, spelt exactly as `JSONEncoder`
/// with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` spells them: two-space
/// indentation, `"name" : value`, members sorted by name, empty containers on two lines.
///
/// It is several times quicker than `JSONEncoder` because it builds no intermediate tree: array
/// elements go straight to the output, and an object's members wait only until the object is
/// complete (to be sorted). Adapters whose files must stay byte for byte what `JSONEncoder`
/// wrote use it on their hot path.
///
/// ```swift
/// let data = try JSONByteEncoder().encode(document, endingWithNewline: true)
/// ```
package struct JSONByteEncoder: Sendable {
    /// An encoder with `JSONEncoder`'s pretty, sorted spelling.
    package init() {}

    /// The value as JSON text in UTF-8; with `endingWithNewline`, followed by a line break.
    package func encode<Value: Encodable>(_ value: Value, endingWithNewline: Bool = false) throws -> Data {
        let output = JSONOutput()
        try JSONValueEncoder.write(value, to: output, level: 0)
        if endingWithNewline { output.append(0x0A) }
        return output.takeData()
    }
}
