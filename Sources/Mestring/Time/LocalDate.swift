/// A calendar date without time zone, as in "the course starts 3 March 2026".
///
/// Course dates are calendar days in Norway, not instants: storing them as `Date` would shift them
/// across midnight when read in another time zone. Encoded as ISO 8601 `YYYY-MM-DD`.
///
/// A value that is not a real date (`2026-02-30`) can still be held, so that a bad import loses
/// nothing; ``isValid`` says whether it is real, and validation reports it.
public struct LocalDate: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The year, four digits in files.
    public var year: Int
    /// The month, 1 to 12 when valid.
    public var month: Int
    /// The day of the month, from 1 when valid.
    public var day: Int

    /// A date from its parts, kept even when it does not exist; see ``isValid``.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; returns `nil` for any other shape.
    ///
    /// Inlinable, so that an adapter's call is made for its own string type: a generic function
    /// is not specialised across modules, and the unspecialised loop looked up the string's
    /// iterator and its witnesses for every byte, a quarter of reading a carried HSDS schedule.
    @inlinable
    public init?(iso8601 text: some StringProtocol) {
        // Byte by byte: files hold a date in every offer, and splitting strings made reading them
        // a tenth of the time of loading a catalogue. Any byte that is not an ASCII digit or a
        // hyphen in its place (a non-ASCII digit, a combining mark) makes it no date.
        var parts = (year: 0, month: 0, day: 0)
        var position = 0
        for byte in text.utf8 {
            let digit = Int(byte &- UInt8(ascii: "0"))
            switch position {
            case 4, 7: guard byte == UInt8(ascii: "-") else { return nil }
            case 0..<4:
                guard digit < 10 else { return nil }
                parts.year = parts.year * 10 + digit
            case 5, 6:
                guard digit < 10 else { return nil }
                parts.month = parts.month * 10 + digit
            case 8, 9:
                guard digit < 10 else { return nil }
                parts.day = parts.day * 10 + digit
            default: return nil
            }
            position += 1
        }
        guard position == 10 else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    /// `true` when the month exists and the day exists in that month (leap years included).
    public var isValid: Bool {
        guard (1...12).contains(month), (1...9999).contains(year) else { return false }
        return (1...Self.daysIn(month: month, year: year)).contains(day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The ISO 8601 spelling, as files write it.
    public var description: String { iso8601 }

    /// The ISO 8601 spelling, `YYYY-MM-DD`.
    public var iso8601: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            func pad(_ value: Int, _ width: Int) -> String {
                let digits = String(value)
                return String(repeating: "0", count: max(0, width - digits.count)) + digits
            }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, at position: Int, width: Int) {
                var rest = value
                for index in (position..<(position + width)).reversed() {
                    buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, at: 0, width: 4)
            put(month, at: 5, width: 2)
            put(day, at: 8, width: 2)
            buffer[4] = UInt8(ascii: "-")
            buffer[7] = UInt8(ascii: "-")
            return 10
        }
    }

    /// Earlier dates come first.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Reads `YYYY-MM-DD`; any other shape fails with a message that shows the expected one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(iso8601: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid date \(StoreError.excerpt(text)); expected YYYY-MM-DD")
        }
        self = date
    }

    /// Writes `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }
}
