import Foundation
import MestringAdapterKit
import Testing

@Suite("JSONDocument checks once, decodes, and finds places")
struct JSONDocumentTests {
    struct Course: Codable, Equatable {
        var name: String
        var sessions: [Int]
        var teacher: Teacher?
    }

    struct Teacher: Codable, Equatable {
        var name: String
    }

    static func document(_ text: String) throws -> JSONDocument { try JSONDocument(Data(text.utf8)) }

    @Test func decodesWhatJSONDecoderDecodes() throws {
        let text = #"{"name": "Mestring\u00e6 \"kurs\"\n", "sessions": [1, -2, 3e2, 40.0], "teacher": {"name": "Kari"}}"#
        let ours = try Self.document(text).decode(Course.self)
        #expect(ours.value == (try JSONDecoder().decode(Course.self, from: Data(text.utf8))))
        #expect(ours.firstUnusedMember == nil)
    }

    /// A misspelt field would otherwise vanish: the first one in the text is named with its path.
    @Test func anUnusedMemberIsReportedWithItsPath() throws {
        let text = #"{"name": "x", "sessions": [], "teacher": {"name": "y", "mail": "z"}, "sesions": [1]}"#
        #expect(try Self.document(text).decode(Course.self).firstUnusedMember == [.key("teacher"), .key("mail")])
    }

    @Test func emptyAndRepeatedMembersAreNotReported() throws {
        let text = #"{"name": "x", "name": "again", "sessions": [], "note": null, "other": ""}"#
        let decoded = try Self.document(text).decode(Course.self)
        #expect(decoded.firstUnusedMember == nil)
        #expect(decoded.value.name == "x", "the first of repeated names wins, as in JSONDecoder")
    }

    /// Errors carry the coding path, so that the adapter can name the field and its line.
    @Test func aWrongTypeNamesThePath() throws {
        do {
            _ = try Self.document(#"{"name": "x", "sessions": [1, "two"]}"#).decode(Course.self)
            Issue.record("decoding did not fail")
        } catch DecodingError.typeMismatch(_, let context) {
            #expect(context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue } == ["sessions", "1"])
            #expect(context.debugDescription == "Expected to decode Int but found a string instead.")
        }
        #expect(throws: DecodingError.self) { try Self.document(#"{"sessions": []}"#).decode(Course.self) }
        #expect(throws: DecodingError.self) { try Self.document(#"{"name": null, "sessions": []}"#).decode(Course.self) }
        #expect(throws: DecodingError.self) { try Self.document(#"{"name": "x", "sessions": [9223372036854775807.5]}"#).decode(Course.self) }
    }

    /// The one-pass check refuses exactly what the source map refuses, with its place and message.
    @Test(arguments: [
        "", " ", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "[01]", "[1.]", "[1e]", "[-]", "[1e400]", "[9223372036854775808]",
        "[-9223372036854775809]", "[\"\\ud800\"]", "[\"\\udc00\"]", "[\"\\ud800\\u0041\"]", "[\"\\x\"]", "[\"\\u12g4\"]",
        "[\"a\u{1}\"]", "[tru]", "[nul]", "{} x", "[1] [2]", "\"open", String(repeating: "[", count: 513),
    ])
    func syntaxErrorsMatchTheSourceMap(_ text: String) {
        let data = Data(text.utf8)
        #expect(throws: JSONSourceMap.SyntaxError.self) { try JSONDocument(data) }
        do {
            _ = try JSONDocument(data)
        } catch {
            #expect(error == JSONSourceMap(data).firstSyntaxError())
        }
    }

    /// Strings are checked eight bytes at a time while they are plain: a quote, an escape, a
    /// control character or a non-ASCII byte at any place of a word is still seen, exactly as the
    /// source map sees it.
    @Test(arguments: [
        [0x22], [0x5C, 0x6E], [0x5C, 0x78], [0x01], [0x1F], [0x20], [0x7F], [0xC3, 0xA6], [0xC3, 0x28], [0xE2, 0x82], [0xFF],
    ] as [[UInt8]])
    func everyPlaceInAWordOfAStringIsChecked(_ special: [UInt8]) throws {
        for place in 0..<17 {
            let content = Array(repeating: UInt8(ascii: "a"), count: place) + special + Array(repeating: UInt8(ascii: "b"), count: 20)
            let data = Data([UInt8(ascii: "["), UInt8(ascii: "\"")] + content + [UInt8(ascii: "\""), UInt8(ascii: "]")])
            let accepted = (try? JSONDocument(data)) != nil
            #expect(accepted == (JSONSourceMap(data).firstSyntaxError() == nil), "\(special) at \(place)")
            if accepted {
                let read = try JSONDocument(data).decode([String].self).value
                #expect(read == (try JSONDecoder().decode([String].self, from: data)), "\(special) at \(place)")
            }
        }
    }

    @Test func invalidUTF8AndDeepNestingWithinTheLimit() throws {
        let invalid = Data([0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D])
        #expect(throws: JSONSourceMap.SyntaxError.self) { try JSONDocument(invalid) }
        let deep = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try Self.document(deep) }
        #expect(throws: Never.self) { try Self.document("[-9223372036854775808, 0, -0, 1.5e300, \"\\ud83d\\ude00\"]") }
    }

    /// Every path, existing or not, is placed where the source map places it, all in one call.
    @Test func locationsMatchTheSourceMap() throws {
        let text = """
            {"format": "x", "offers": [
              {"id": "a", "title": {"nb": "Kurs æ"}, "list": [1, {"deep": true}]},
              {"id": "b", "title": "flat"}], "info": {}
            }
            """
        let document = try Self.document(text)
        let map = JSONSourceMap(Data(text.utf8))
        let paths: [[JSONSourceMap.PathComponent]] = [
            [], [.key("format")], [.key("offers")], [.key("offers"), .index(0)], [.key("offers"), .index(0), .key("title"), .key("nb")],
            [.key("offers"), .index(0), .key("list"), .index(1), .key("deep")], [.key("offers"), .index(1), .key("title"), .key("nb")],
            [.key("offers"), .index(7)], [.key("offers"), .key("id")], [.key("info"), .key("missing")], [.key("nothing")],
        ]
        let locations = document.locations(of: paths)
        for (path, location) in zip(paths, locations) {
            #expect(location == map.location(of: path), "\(JSONSourceMap.fieldPath(path))")
        }
    }

    /// A script writes a catalogue on one line: placing many paths in it stays one sweep.
    @Test func manyPathsOnOneLine() throws {
        let count = 20_000
        let text = "[" + (0..<count).map { "{\"id\": \"é\($0)\"}" }.joined(separator: ",") + "]"
        let document = try Self.document(text)
        let locations = document.locations(of: (0..<count).reversed().map { [.index($0), .key("id")] })
        let map = JSONSourceMap(Data(text.utf8))
        #expect(locations.first == map.location(of: [.index(count - 1), .key("id")]))
        #expect(locations.last == map.location(of: [.index(0), .key("id")]))
        #expect(Set(locations.map(\.line)) == [1])
    }

    /// Field paths of findings become the components a location is looked up by; the quick
    /// byte-wise split and the general one agree on plain, odd and non-ASCII paths.
    @Test func fieldPathsSplitIntoComponents() {
        let cases: [(String, [JSONSourceMap.PathComponent])] = [
            ("offers[12].audiences[0]", [.key("offers"), .index(12), .key("audiences"), .index(0)]),
            ("offers[3][4]", [.key("offers"), .index(3), .index(4)]),
            ("sources.tilbud\\.csv.offers", [.key("sources"), .key("tilbud\\"), .key("csv"), .key("offers")]),
            ("a..b.", [.key("a"), .key("b")]),
            ("[7]x[8].y", [.index(7), .key("y")]),
            ("offers[+5]", [.key("offers"), .index(5)]),
            ("offers[x].id", [.key("offers"), .key("id")]),
            ("offers[1", [.key("offers")]),
            ("tilbud[2].språk", [.key("tilbud"), .index(2), .key("språk")]),
            ("", []),
        ]
        for (path, components) in cases {
            #expect(JSONSourceMap.components(of: path) == components, "\(path)")
        }
    }
}
