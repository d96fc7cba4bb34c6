import Foundation
import MestringAdapterKit

/// Writes the resource models as compact JSON straight into bytes: each model names its elements
/// in its declared order, an absent element is left out, and an empty list is `[]`.
///
/// A catalogue of 100,000 offers is a few million elements; writing them by hand instead of
/// through `Encodable` avoids a container, a key and a dynamic call for every one of them. The
/// bytes go into the kit's compact ``JSONOutput`` (the spelling of every compact Mestring file),
/// which hands them to `Data` without a copy.
struct FHIRJSONWriter {
    private let output: JSONOutput
    /// Whether the object being written has no member yet.
    private var isFirst = true

    init(capacity: Int) { output = JSONOutput(capacity: capacity, compact: true) }

    /// The text written, as `Data` that owns the buffer.
    func takeData() -> Data { output.takeData() }

    /// Appends raw text (a separator, a line break) between values.
    func append(_ text: StaticString) { output.append(text) }

    /// Takes back the last byte written: the closing brace of an object that the caller goes on
    /// filling (the bundle, whose entries are written one a line).
    func removeLast() { output.truncate(to: output.count - 1) }

    /// Writes one model as an object.
    mutating func write(_ model: some FHIRWritable) {
        let outer = isFirst
        isFirst = true
        output.append(UInt8(ascii: "{"))
        model.writeMembers(to: &self)
        output.append(UInt8(ascii: "}"))
        isFirst = outer
    }

    /// The name of the next member, after a comma unless it is the first.
    private mutating func key(_ name: StaticString) {
        if isFirst { isFirst = false } else { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "\""))
        output.append(name)
        output.append(UInt8(ascii: "\""))
        output.append(UInt8(ascii: ":"))
    }

    mutating func member(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        output.appendString(value)
    }

    mutating func member(_ name: StaticString, _ value: Bool?) {
        guard let value else { return }
        key(name)
        append(value ? "true" : "false")
    }

    mutating func member(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        output.appendInteger(value)
    }

    mutating func member(_ name: StaticString, _ value: (some FHIRWritable)?) {
        guard let value else { return }
        key(name)
        write(value)
    }

    mutating func member(_ name: StaticString, _ values: [String]?) {
        guard let values else { return }
        key(name)
        output.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            output.appendString(value)
        }
        output.append(UInt8(ascii: "]"))
    }

    mutating func member(_ name: StaticString, _ values: [some FHIRWritable]?) {
        guard let values else { return }
        key(name)
        output.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            write(value)
        }
        output.append(UInt8(ascii: "]"))
    }
}

/// A resource model or data type that ``FHIRJSONWriter`` writes as an object.
protocol FHIRWritable {
    /// Writes the members, in the order FHIR tools and diffs expect them.
    func writeMembers(to json: inout FHIRJSONWriter)
}
