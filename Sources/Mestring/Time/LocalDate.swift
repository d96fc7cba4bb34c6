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
    public init?(iso8601 text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
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
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
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
