import Foundation
import MestringAdapterKit
import Testing

/// A value that uses every corner of `Encodable`: nested and empty containers, optionals, every
/// kind of scalar, names that sort differently by case, and the nested-container API.
struct EncodingSample: Codable, Equatable {
    var text = "a\u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1B}\u{1F}\u{7F} \"quoted\" \\ / æøå 😀 \u{2028}"
    var Upper = 1
    var lower = -42
    var big = Int64.max
    var small = Int64.min
    var unsigned = UInt64.max
    var flag = true
    var fractions = [2.0, 0.1, 1e20, 1e-7, -0.0, 3e15]
    var empty: [Int] = []
    var emptyObject: [String: Int] = [:]
    var nested = [[1, 2], []]
    var missing: String?
    var null: String? = nil
    var dictionary = ["b": 1, "B": 2, "a10": 3, "a9": 4, "é": 5]
    var pair = Pair()

    struct Pair: Codable, Equatable {
        var left = "l"
        var right = ["r"]

        enum CodingKeys: String, CodingKey { case left, right, inner }

        init() {}

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let inner = try container.nestedContainer(keyedBy: CodingKeys.self, forKey: .inner)
            left = try inner.decode(String.self, forKey: .left)
            var list = try container.nestedUnkeyedContainer(forKey: .right)
            right = []
            while !list.isAtEnd { right.append(try list.decode(String.self)) }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            var inner = container.nestedContainer(keyedBy: CodingKeys.self, forKey: .inner)
            try inner.encode(left, forKey: .left)
            var list = container.nestedUnkeyedContainer(forKey: .right)
            for item in right { try list.encode(item) }
        }
    }
}

@Suite("JSONByteEncoder writes what JSONEncoder writes")
struct JSONByteEncoderTests {
    static func foundation<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// Files written before the fast writer must not change when written again.
    @Test func sameBytesAsJSONEncoder() throws {
        let sample = EncodingSample()
        let ours = try JSONByteEncoder().encode(sample)
        #expect(String(decoding: ours, as: UTF8.self) == String(decoding: try Self.foundation(sample), as: UTF8.self))
        #expect(try JSONByteEncoder().encode([sample, sample], endingWithNewline: true) == Self.foundation([sample, sample]) + [0x0A])
    }

    @Test func emptyValuesAndScalarsAtTheTop() throws {
        for value: [String] in [[], ["x"]] { #expect(try JSONByteEncoder().encode(value) == Self.foundation(value)) }
        #expect(try JSONByteEncoder().encode([String: [Int]]()) == Self.foundation([String: [Int]]()))
        #expect(try JSONByteEncoder().encode("top") == Self.foundation("top"))
    }

    @Test func infinityIsRefused() {
        #expect(throws: EncodingError.self) { try JSONByteEncoder().encode([Double.infinity]) }
    }

    /// (Numbers beyond 64-bit signed whole numbers are refused when read, as in every catalogue.)
    @Test func whatItWritesReadsBack() throws {
        var sample = EncodingSample()
        sample.unsigned = 7
        let data = try JSONByteEncoder().encode(sample)
        #expect(try JSONDocument(data).decode(EncodingSample.self).value == sample)
    }
}
