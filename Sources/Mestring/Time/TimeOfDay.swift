/// A wall-clock time in Norway (`18:00`), for when a session starts.
///
/// Like ``LocalDate`` it carries no time zone: a session at 18:00 in Tromsø is at 18:00 local time.
/// Encoded as `HH:MM`.
public struct TimeOfDay: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The hour, 0 to 23.
    public var hour: Int
    /// The minute, 0 to 59.
    public var minute: Int

    /// A time from its parts.
    public init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    /// Parses `HH:MM` (24-hour clock); returns `nil` for any other shape or an impossible time.
    public init?(text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(parts[0]), let minute = Int(parts[1]),
            (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// `HH:MM`, as files write it.
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// Earlier times come first.
    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute) }

    /// Reads `HH:MM`; any other shape or an impossible time fails with a message that shows the
    /// expected one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = TimeOfDay(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid time \(StoreError.excerpt(text)); expected HH:MM (00:00–23:59)")
        }
        self = time
    }

    /// Writes `HH:MM`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
