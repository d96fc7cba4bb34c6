/// A typed identifier, so an offer's id can never be passed where a provider's id is expected.
///
/// Identifiers are opaque strings chosen by whoever publishes the catalogue (a municipality's
/// case system number, a slug, a UUID). They are compared exactly; two records of the same kind
/// must not share one (rule `integrity.unique-id`).
///
/// ```swift
/// let id: Offer.ID = "oslo-kols-skole"
/// ```
public struct Identifier<Subject>: RawRepresentable, Hashable, Sendable, Comparable,
    ExpressibleByStringLiteral, CustomStringConvertible, Codable
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue.unicodeScalars.lexicographicallyPrecedes(rhs.rawValue.unicodeScalars)
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
