import Mestring

/// Byte-level readers for the common, canonical spellings of cell values (`2026-03-02`, `18:00`,
/// `12`, `true`, `a|b`), which a large import meets millions of times. Each returns `nil` for any
/// other shape, and the caller falls back to the lenient text readers of ``CellCoding``.
enum CellBytes {
    private static let zero = UInt8(ascii: "0")
    private static let bar = UInt8(ascii: "|")
    private static let backslash = UInt8(ascii: "\\")

    /// The value of the decimal digits `bytes[range]`, or `nil` if any is not a digit.
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let digit = bytes[index] &- zero
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// `YYYY-MM-DD`.
    static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalDate? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = digits(bytes, 0..<4), let month = digits(bytes, 5..<7), let day = digits(bytes, 8..<10)
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// `HH:MM` on the 24-hour clock.
    static func time(_ bytes: UnsafeBufferPointer<UInt8>) -> TimeOfDay? {
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"), let hour = digits(bytes, 0..<2), let minute = digits(bytes, 3..<5),
            hour < 24, minute < 60
        else { return nil }
        return TimeOfDay(hour: hour, minute: minute)
    }

    /// Up to 18 digits, so the value cannot overflow.
    static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (1...18).contains(bytes.count) else { return nil }
        return digits(bytes, 0..<bytes.count)
    }

    /// `true` or `false`.
    static func flag(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if bytes.elementsEqual("true".utf8) { return true }
        if bytes.elementsEqual("false".utf8) { return false }
        return nil
    }

    /// Calls `body` with each `|`-separated item of `bytes`.
    private static func forEachItem(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        for index in 0..<bytes.count where bytes[index] == bar {
            body(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            start = index + 1
        }
        body(UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// The items of a list cell without escapes, split at `|`; `nil` when the cell has a backslash.
    static func listItems<Item>(_ bytes: UnsafeBufferPointer<UInt8>, _ make: (String) -> Item) -> [Item]? {
        guard !bytes.contains(backslash) else { return nil }
        var items: [Item] = []
        forEachItem(bytes) { items.append(make(String(decoding: $0, as: UTF8.self))) }
        return items
    }

    /// The items of a list of plain values, split at `|`, `,` or `;`, trimmed of spaces and tabs,
    /// empty items left out.
    static func values<Item>(_ bytes: UnsafeBufferPointer<UInt8>, _ make: (String) -> Item) -> [Item] {
        var items: [Item] = []
        var start = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        func flush(_ end: Int) {
            var low = start
            var high = end
            while low < high, isSpace(bytes[low]) { low += 1 }
            while high > low, isSpace(bytes[high - 1]) { high -= 1 }
            if low < high { items.append(make(String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self))) }
        }
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte == bar || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") {
                flush(index)
                start = index + 1
            }
        }
        flush(bytes.count)
        return items
    }

    /// Diagnosis codes `system:code[=label]` separated by `|`, without escapes; `nil` when the cell
    /// has a backslash or an item has no `:` or an unknown system, for the text reader to report.
    static func diagnoses(_ bytes: UnsafeBufferPointer<UInt8>) -> [DiagnosisCode]? {
        guard !bytes.contains(backslash) else { return nil }
        var codes: [DiagnosisCode] = []
        var readable = true
        forEachItem(bytes) { item in
            guard readable, let colon = item.firstIndex(of: UInt8(ascii: ":")),
                let system = CodingSystem(rawValue: String(decoding: UnsafeBufferPointer(rebasing: item[..<colon]), as: UTF8.self))
            else {
                readable = false
                return
            }
            let rest = UnsafeBufferPointer(rebasing: item[(colon + 1)...])
            if let equals = rest.firstIndex(of: UInt8(ascii: "=")) {
                codes.append(
                    DiagnosisCode(
                        system: system, code: String(decoding: UnsafeBufferPointer(rebasing: rest[..<equals]), as: UTF8.self),
                        label: String(decoding: UnsafeBufferPointer(rebasing: rest[(equals + 1)...]), as: UTF8.self)))
            } else {
                codes.append(DiagnosisCode(system: system, code: String(decoding: rest, as: UTF8.self)))
            }
        }
        return readable ? codes : nil
    }
}
