extension JSONValue {
    /// The value as pretty-printed JSON in UTF-8: two-space indentation, members in their order,
    /// slashes and non-ASCII letters unescaped, and a final newline, so that the same value always
    /// gives the same bytes and diffs stay readable. Numbers are spelt as every kit writer spells
    /// them (``JSONSpelling``).
    /// - Throws: `EncodingError.invalidValue` for an infinite or NaN number, which JSON cannot
    ///   spell (a parsed value never holds one; a value built in code might).
    package func prettyPrinted() throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        try write(to: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return output
    }

    private func write(to output: inout [UInt8], indent: Int) throws {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let value): try JSONSpelling.appendNumber(value, to: &output)
        case .string(let text): JSONSpelling.appendString(text, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else { return output.append(contentsOf: "[]".utf8) }
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                output.append(contentsOf: index == 0 ? [0x0A] : [0x2C, 0x0A])
                Self.writeIndent(indent + 1, to: &output)
                try element.write(to: &output, indent: indent + 1)
            }
            output.append(0x0A)
            Self.writeIndent(indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            guard object.count > 0 else { return output.append(contentsOf: "{}".utf8) }
            output.append(UInt8(ascii: "{"))
            for index in 0..<object.count {
                output.append(contentsOf: index == 0 ? [0x0A] : [0x2C, 0x0A])
                Self.writeIndent(indent + 1, to: &output)
                JSONSpelling.appendString(object.keys[index], to: &output)
                output.append(contentsOf: [0x3A, 0x20])
                try object.values[index].write(to: &output, indent: indent + 1)
            }
            output.append(0x0A)
            Self.writeIndent(indent, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A number as JSON spells it (``JSONSpelling``), e.g. for a CSV cell: whole numbers without
    /// a fraction (`14`, not `14.0`), others in the shortest exact form.
    /// - Throws: `EncodingError.invalidValue` for infinity and NaN.
    package static func spelling(of number: Double) throws -> String {
        var bytes: [UInt8] = []
        try JSONSpelling.appendNumber(number, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func writeIndent(_ level: Int, to output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 2))
    }
}
