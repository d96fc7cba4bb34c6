import Foundation
import MestringAdapterKit

/// The Mestring JSON values an object's attributes carry, gathered into one document: a service
/// carries half a dozen (its title, schedule, accessibility, each person's involvement…), and
/// checking each as a document of its own cost more than reading the rest of the service.
///
/// The values are put together as the elements of one array, each where it starts recorded. The
/// gathered text stands for the values only when each element starts exactly where its value
/// does; otherwise (a value that is not one JSON value of its own, which can make neighbours
/// swallow each other) ``values(of:as:)`` answers `nil`, and each value must be read alone.
struct HSDSCarriedJSON {
    private let document: JSONDocument
    /// Each value in attribute order: its field, its attribute's index, where it starts in the
    /// document, and whether its text says `null` anywhere.
    private let values: [(field: CarriedField, index: Int, start: Int, mentionsNull: Bool)]

    /// Gathers `carried`, the Mestring JSON values of one object in attribute order; `nil` when
    /// one has no value or the values do not make one JSON text.
    init?(_ carried: [(field: CarriedField, value: JSONNode?, index: Int)]) throws {
        var text: [UInt8] = [UInt8(ascii: "[")]
        // Room for a service's values at once (a schedule and a few involvements take a few
        // hundred bytes), instead of growing through a dozen allocations.
        text.reserveCapacity(1024)
        var values: [(field: CarriedField, index: Int, start: Int, mentionsNull: Bool)] = []
        for (field, value, index) in carried where field.isMestringJSON {
            guard let value else { return nil }
            if !values.isEmpty { text.append(UInt8(ascii: ",")) }
            let start = text.count
            try value.appendString(to: &text)
            let end = text.count
            let first = text[start..<end].firstIndex { !Self.isWhitespace($0) } ?? end
            values.append((field, index, first, Self.mentionsNull(text[start..<end])))
        }
        text.append(UInt8(ascii: "]"))
        guard !values.isEmpty, let document = try? JSONDocument(Data(text)) else { return nil }
        self.document = document
        self.values = values
    }

    /// The values carried for `field`, in order, read as `Value`; `nil` when the gathered text
    /// does not stand for the values. A value that is not `Value`'s Mestring JSON is an error at
    /// its attribute, `invalid(index)`.
    func values<Value: HSDSCarriedValue>(of field: CarriedField, as type: Value.Type, invalid: (Int) -> any Error) throws -> [Value]? {
        var read: [Value] = []
        var position = 0
        var isAligned = true
        var failed: Int?
        _ = try document.read { root in
            try root.elements { element in
                guard isAligned, position < values.count, element.textOffset == values[position].start else { return isAligned = false }
                let value = values[position]
                position += 1
                guard value.field == field, failed == nil else { return }
                do {
                    // As for a value read alone: one that says `null` goes through `Decodable`.
                    if !value.mentionsNull, let carried = try Value.carried(element) {
                        read.append(carried)
                    } else {
                        read.append(try element.decode(Value.self))
                    }
                } catch {
                    failed = value.index
                }
            }
        }
        guard isAligned, position == values.count else { return nil }
        if let failed { throw invalid(failed) }
        return read
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Whether `text` has `null` anywhere (in a string too: a cheap, safe over-estimate).
    static func mentionsNull(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 4 else { return false }
        return (text.startIndex...(text.endIndex - 4)).contains { index in
            text[index] == UInt8(ascii: "n") && text[index + 1] == UInt8(ascii: "u") && text[index + 2] == UInt8(ascii: "l")
                && text[index + 3] == UInt8(ascii: "l")
        }
    }
}
