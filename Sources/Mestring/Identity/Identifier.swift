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
    /// The identifier exactly as the publisher wrote it.
    public let rawValue: String

    /// Wraps a publisher's identifier as it is: identifiers are compared exactly.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps a publisher's identifier; the unlabelled form reads well in adapters: `Offer.ID(row.id)`.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Lets identifiers be written as string literals in code and tests.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The identifier as written, so that messages show what files contain.
    public var description: String { rawValue }

    /// Orders by Unicode scalars, independent of locale: the order in which every store returns
    /// query results.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue.unicodeScalars.lexicographicallyPrecedes(rhs.rawValue.unicodeScalars)
    }

    /// Reads the identifier from a plain string, as every file format writes it.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Writes the identifier as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
