import Mestring

/// Finds where two values differ, field by field, comparing values rather than their printed text.
///
/// Printed text is not a value: two equal ``Mestring/LocalizedText`` values can print their
/// languages in different orders, which made an earlier kit report `title differs` for a correct
/// store on some runs. Here equal values are never reported; dictionaries are walked by key and
/// sets are compared as sets, both in sorted order, so the same two values always give the same
/// report. Personal data is named by its path only.
struct ValueDifference {
    /// The most differences reported for one pair of values.
    static let limit = 10

    private(set) var lines: [String] = []

    /// The differences between `expected` and `actual`, each as `path: expected …, got …`.
    static func between(_ expected: Any, _ actual: Any, path: String) -> [String] {
        var difference = ValueDifference()
        difference.compare(expected, actual, path: path)
        return difference.lines
    }

    private mutating func compare(_ expected: Any, _ actual: Any, path: String) {
        guard lines.count < Self.limit, !Self.equal(expected, actual) else { return }
        if expected is any PersonalData || actual is any PersonalData {
            return record("\(path) differs (personal data: values not shown)")
        }
        let wanted = Mirror(reflecting: expected)
        let got = Mirror(reflecting: actual)
        switch (wanted.displayStyle, got.displayStyle) {
        case (.optional, .optional):
            switch (wanted.children.first?.value, got.children.first?.value) {
            case (nil, nil): return
            case (let want?, let have?): compare(want, have, path: path)
            case (nil, let have?): record("\(path): expected nothing, got \(Self.text(have))")
            case (let want?, nil): record("\(path): expected \(Self.text(want)), got nothing")
            }
        case (.dictionary, .dictionary):
            compareDictionaries(expected, actual, path: path)
        case (.set, .set):
            record("\(path): expected \(Self.sortedText(wanted)), got \(Self.sortedText(got))")
        case (.collection, .collection):
            let want = wanted.children.map(\.value)
            let have = got.children.map(\.value)
            if want.count != have.count { record("\(path): expected \(want.count) elements, got \(have.count)") }
            for (index, pair) in zip(want, have).enumerated() { compare(pair.0, pair.1, path: "\(path)[\(index)]") }
        case (.struct, .struct), (.class, .class), (.tuple, .tuple):
            guard !wanted.children.isEmpty, wanted.children.count == got.children.count else { return leaf(expected, actual, path) }
            // A wrapper of one stored value (a localized text, an identifier) is its value.
            let transparent = wanted.children.count == 1
            for (want, have) in zip(wanted.children, got.children) {
                compare(want.value, have.value, path: transparent ? path : path + "." + (want.label ?? "?"))
            }
        case (.enum, .enum):
            // The same case with different payloads: walk the payload; a different case is a leaf.
            guard let want = wanted.children.first, let have = got.children.first, want.label == have.label else {
                return leaf(expected, actual, path)
            }
            compare(want.value, have.value, path: path)
        default:
            leaf(expected, actual, path)
        }
    }

    private mutating func compareDictionaries(_ expected: Any, _ actual: Any, path: String) {
        let want = Self.entries(expected)
        let have = Self.entries(actual)
        for key in Set(want.keys).union(have.keys).sorted() {
            switch (want[key], have[key]) {
            case (let wanted?, let got?): compare(wanted, got, path: "\(path)[\(key)]")
            case (let wanted?, nil): record("\(path)[\(key)]: expected \(Self.text(wanted)), got nothing")
            case (nil, let got?): record("\(path)[\(key)]: expected nothing, got \(Self.text(got))")
            case (nil, nil): break
            }
        }
    }

    private mutating func leaf(_ expected: Any, _ actual: Any, _ path: String) {
        record("\(path): expected \(Self.text(expected)), got \(Self.text(actual))")
    }

    private mutating func record(_ line: String) {
        if lines.count < Self.limit { lines.append(line) }
    }

    /// A dictionary's entries keyed by the text of their keys (vocabulary values and identifiers,
    /// whose text is stable), so that they can be walked in sorted order.
    private static func entries(_ dictionary: Any) -> [String: Any] {
        var entries: [String: Any] = [:]
        for child in Mirror(reflecting: dictionary).children {
            let pair = Mirror(reflecting: child.value).children.map(\.value)
            if pair.count == 2 { entries[String(describing: pair[0])] = pair[1] }
        }
        return entries
    }

    private static func sortedText(_ mirror: Mirror) -> String {
        "[" + mirror.children.map { text($0.value) }.sorted().joined(separator: ", ") + "]"
    }

    /// A short, quoted text of a leaf value (strings are quoted so that spaces show).
    static func text(_ value: Any) -> String {
        let text = value is String ? "\"\(value)\"" : String(describing: value)
        return text.count > 120 ? String(text.prefix(117)) + "…" : text
    }

    /// Value equality through `Equatable` when both values have the same equatable type.
    static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        guard let lhs = lhs as? any Equatable else { return false }
        return isEqual(lhs, rhs)
    }

    private static func isEqual<Value: Equatable>(_ lhs: Value, _ rhs: Any) -> Bool {
        guard let rhs = rhs as? Value else { return false }
        return lhs == rhs
    }
}
