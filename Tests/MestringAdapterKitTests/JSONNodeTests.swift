import Foundation
import MestringAdapterKit
import Testing

@Suite("JSONNode readers read by hand and list every member nobody used")
struct JSONNodeTests {
    struct Coding: Equatable {
        var system: String?
        var code: String?

        init(_ node: JSONNode) throws {
            try node.members { key, value in
                switch key {
                case "system": system = try value.string()
                case "code": code = try value.string()
                default: return false
                }
                return true
            }
        }
    }

    struct Period: Codable, Equatable {
        var start: String
    }

    static func read<Result>(_ text: String, _ body: (JSONNode) throws -> Result) throws -> JSONDocument.Decoded<Result> {
        try JSONDocument(Data(text.utf8)).read(body)
    }

    @Test func aReaderSwitchesOnNamesAndEveryUnusedMemberIsListed() throws {
        let text = #"{"coding": [{"system": "s", "code": "c", "display": "D"}, {"code": "e", "userSelected": true}], "text": "t", "note": null, "empty": ""}"#
        let read = try Self.read(text) { root in
            var codings: [Coding] = []
            try root.members { key, value in
                guard case "coding" = key else { return false }
                codings = try value.array(Coding.init)
                return true
            }
            return codings
        }
        #expect(read.value.map(\.code) == ["c", "e"])
        #expect(read.unusedMembers == [[.key("coding"), .index(0), .key("display")], [.key("coding"), .index(1), .key("userSelected")], [.key("text")]])
        #expect(read.firstUnusedMember == [.key("coding"), .index(0), .key("display")])
    }

    /// An unread object is listed once, at its outermost place, not member by member.
    @Test func anUnreadObjectIsListedWhole() throws {
        let read = try Self.read(#"[{"a": {"b": 1, "c": [2]}}, {"a": 3}]"#) { root in try root.elements { try $0.members { _, _ in false } } }
        #expect(read.unusedMembers == [[.index(0), .key("a")], [.index(1), .key("a")]])
    }

    /// A `Decodable` type inside a reader: what it does not ask for is listed too, in document order.
    @Test func decodableTypesMixWithReaders() throws {
        let text = #"{"period": {"start": "2026", "end": "2027"}, "extra": 1}"#
        let read = try Self.read(text) { root in
            var period: Period?
            try root.members { key, value in
                guard case "period" = key else { return false }
                period = try value.decode(Period.self)
                return true
            }
            return period
        }
        #expect(read.value == Period(start: "2026"))
        #expect(read.unusedMembers == [[.key("period"), .key("end")], [.key("extra")]])
    }

    /// Escaped names compare by their text; `member(_:)` finds a member without using it.
    @Test func escapedNamesAndLookingAhead() throws {
        let read = try Self.read(#"{"resource\u0054ype": "Location", "name": "x"}"#) { root in
            let type = try root.member("resourceType")?.string()
            var name: String?
            try root.members { key, value in
                if case "name" = key { name = try value.string() }
                return key.name == "name"
            }
            return (type, name)
        }
        #expect(read.value.0 == "Location")
        #expect(read.value.1 == "x")
        #expect(read.unusedMembers == [[.key("resourceType")]])
    }

    /// Errors carry the coding path, as `decode(_:)`'s do, so adapters name the field and its line.
    @Test func errorsNameThePath() throws {
        do {
            _ = try Self.read(#"{"coding": [{"code": "a"}, {"code": 7}]}"#) { root in
                try root.members { _, value in
                    _ = try value.array(Coding.init)
                    return true
                }
            }
            Issue.record("reading did not fail")
        } catch DecodingError.typeMismatch(_, let context) {
            #expect(context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue } == ["coding", "1", "code"])
        }
        do {
            _ = try Self.read(#"{"a": [{}]}"#) { root in
                try root.members { _, value in
                    try value.elements { element in throw element.keyNotFound("url") }
                    return true
                }
            }
            Issue.record("reading did not fail")
        } catch DecodingError.keyNotFound(let key, let context) {
            #expect(key.stringValue == "url")
            #expect(context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue } == ["a", "0"])
        }
        #expect(throws: DecodingError.self) { try Self.read(#"["x"]"#) { root in try root.members { _, _ in true } } }
        #expect(throws: DecodingError.self) { try Self.read(#"{"n": 1.5}"#) { root in try root.member("n")?.integer() } }
    }

    /// `decode(_:)` lists every unused member too, not only the first.
    @Test func decodeListsEveryUnusedMember() throws {
        let decoded = try JSONDocument(Data(#"{"start": "a", "x": 1, "y": {"z": 2}}"#.utf8)).decode(Period.self)
        #expect(decoded.unusedMembers == [[.key("x")], [.key("y")]])
    }
}
