/// A value that is personal data about a named person (a name, a phone number, notes on lived
/// experience), wrapped so that it cannot reach an error message, a finding or a log line by
/// accident.
///
/// String interpolation, `print`, `debugPrint`, `dump` and test-failure output all show
/// ``redactedText`` instead of the value; encoders write the value itself, so catalogue files keep
/// it. Code that must use the value (an adapter writing a cell, a screen listing peer helpers)
/// reads ``value``, which makes every such place visible in review.
///
/// ```swift
/// let person = Person(id: "p1", name: "Kari Nordmann", role: .peerHelper)
/// print("\(person.name)")      // [skjult personopplysning]
/// cell = person.name.value     // Kari Nordmann
/// ```
public struct Personal<Value: Hashable & Sendable>: Hashable, Sendable, PersonalData {
    /// The personal value itself: read it only to store or show it where personal data belongs.
    public var value: Value

    /// Wraps a personal value.
    public init(_ value: Value) { self.value = value }

    /// What every textual representation shows instead of the value (Norwegian: *hidden personal
    /// data*).
    public static var redactedText: String { "[skjult personopplysning]" }
}

extension Personal: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// ``redactedText``, never the value: interpolation and `print` cannot leak it.
    public var description: String { Self.redactedText }
    /// ``redactedText``, never the value: `debugPrint` and test failures cannot leak it.
    public var debugDescription: String { Self.redactedText }
    /// No children, so `dump` and reflection-based diffs do not reach the value.
    public var customMirror: Mirror { Mirror(self, children: [:], displayStyle: .struct) }
}

extension Personal: Codable where Value: Codable {
    /// Reads the value as it is written, with no wrapper in the file.
    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Value.self)
    }

    /// Writes the value itself: files keep personal data; only text meant for people hides it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension Personal: ExpressibleByUnicodeScalarLiteral, ExpressibleByExtendedGraphemeClusterLiteral,
    ExpressibleByStringLiteral, ExpressibleByStringInterpolation where Value == String
{
    /// A personal text from a literal, as in test fixtures and examples.
    public init(stringLiteral value: String) { self.value = value }
    /// A personal text from an interpolated literal.
    public init(stringInterpolation: DefaultStringInterpolation) { self.value = String(stringInterpolation: stringInterpolation) }
}
