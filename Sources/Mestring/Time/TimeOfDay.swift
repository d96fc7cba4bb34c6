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
    /// Inlinable for the reason `LocalDate(iso8601:)` is.
    @inlinable
    public init?(text: some StringProtocol) {
        // Byte by byte, like `LocalDate(iso8601:)`: only ASCII digits and the colon in their places.
        var parts = (hour: 0, minute: 0)
        var position = 0
        for byte in text.utf8 {
            let digit = Int(byte &- UInt8(ascii: "0"))
            switch position {
            case 2: guard byte == UInt8(ascii: ":") else { return nil }
            case 0, 1:
                guard digit < 10 else { return nil }
                parts.hour = parts.hour * 10 + digit
            case 3, 4:
                guard digit < 10 else { return nil }
                parts.minute = parts.minute * 10 + digit
            default: return nil
            }
            position += 1
        }
        guard position == 5, (0...23).contains(parts.hour), (0...59).contains(parts.minute) else { return nil }
        self.init(hour: parts.hour, minute: parts.minute)
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
