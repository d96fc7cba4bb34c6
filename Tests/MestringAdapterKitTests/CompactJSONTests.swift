import Foundation
import MestringAdapterKit
import Testing

@Suite("Compact JSON encoding, read back by the document reader")
struct CompactJSONTests {
    struct Coding: Codable, Equatable {
        var system: String?
        var code: String?
        var display: String?
    }

    struct Resource: Codable, Equatable {
        var id: String
        var count: Int?
        var ratio: Double?
        var active: Bool
        var tags: [String]
        var codings: [Coding]?
        var nested: [[Int]]
        var empty: Coding
    }

    static let resource = Resource(
        id: "a \"quoted\" \\ value/with æøå, a tab\t and a line\nbreak", count: -42, ratio: 0.25, active: true, tags: ["x", ""],
        codings: [Coding(system: "urn:oid:2.16.578.1.12.4.1.1.7110", code: "J44", display: nil)], nested: [[1, 2], []],
        empty: Coding())

    @Test("what the encoder writes, Foundation reads back as the same value, compact and without nulls")
    func roundTripThroughFoundation() throws {
        let bytes = try CompactJSONEncoder().encode(Self.resource)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(try JSONDecoder().decode(Resource.self, from: Data(bytes)) == Self.resource)
        #expect(!text.contains(" : ") && !text.contains("null") && !text.contains("\n"))
        #expect(text.hasPrefix(#"{"id":"a \"quoted\" \\ value/with æøå, a tab\t and a line\nbreak","count":-42,"ratio":0.25,"active":true"#))
        #expect(text.contains(#""empty":{}"#))
    }

    @Test("backspace and form feed keep the \\u spelling compact files have always had, unlike the pretty encoder's")
    func spellsControlCharactersAsBefore() throws {
        let value = "\u{8}\u{C}\u{1F}\n"
        #expect(String(decoding: try CompactJSONEncoder().encode(value), as: UTF8.self) == #""\u0008\u000c\u001f\n""#)
        #expect(String(decoding: try JSONByteEncoder().encode(value), as: UTF8.self) == #""\b\f\u001f\n""#)
    }

    @Test("numbers are spelt as JSONEncoder and the pretty encoder spell them: Float as Float, -0, whole numbers exactly")
    func spellsNumbersAsEveryWriter() throws {
        let doubles = [2, 0.1, 1e20, 1e-7, -0.0, 3e15, 9_007_199_254_740_992, -123.5]
        let floats: [Float] = [0.1, 16_777_216, 1e10, -0.0, 3]
        #expect(try CompactJSONEncoder().encode(doubles) == Array(try JSONEncoder().encode(doubles)))
        #expect(try CompactJSONEncoder().encode(floats) == Array(try JSONEncoder().encode(floats)))
        #expect(String(decoding: try CompactJSONEncoder().encode([UInt64.max]), as: UTF8.self) == "[18446744073709551615]")
        let value = JSONValue.array(doubles.map(JSONValue.number))
        #expect(String(decoding: try value.prettyPrinted(), as: UTF8.self).contains("  -0,\n"))
    }

    @Test("infinity and NaN are an EncodingError from every writer, never a file no JSON reader accepts")
    func refusesNonFiniteNumbers() {
        #expect(throws: EncodingError.self) { try CompactJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try CompactJSONEncoder().encode(["ratio": Float.infinity]) }
        #expect(throws: EncodingError.self) { try JSONByteEncoder().encode(-Double.infinity) }
        var object = JSONObject()
        object.append("ratio", .number(.infinity))
        #expect(throws: EncodingError.self) { try JSONValue.object(object).prettyPrinted() }
    }

    @Test("the document reader reads what Foundation and the compact encoder write, also as an appended array element")
    func decodesEncoderOutput() throws {
        let data = try JSONEncoder().encode(Self.resource)
        #expect(try JSONDocument(data).decode(Resource.self).value == Self.resource)
        var output = Array("[".utf8)
        try CompactJSONEncoder().encode(Self.resource, into: &output)
        output.append(UInt8(ascii: "]"))
        #expect(try JSONDocument(Data(output)).decode([Resource].self).value == [Self.resource])
    }

    @Test("members no type asked for are listed at their outermost place; null and empty text are not")
    func reportsUnreadMembers() throws {
        let text = #"{"id":"r","active":false,"tags":[],"nested":[],"empty":{},"photo":{"url":"x"},"codings":[{"code":"A","version":"2"}],"note":null,"alias":""}"#
        let decoded = try JSONDocument(Data(text.utf8)).decode(Resource.self)
        #expect(decoded.value.codings == [Coding(code: "A")])
        #expect(decoded.unusedMembers.map { JSONSourceMap.fieldPath($0) } == ["photo", "codings[0].version"])
    }
}
