/// A Norwegian municipality number (*kommunenummer*), four digits, e.g. `0301` for Oslo.
///
/// Offers are found by where the user lives, and the coverage report lists municipalities that lack
/// an offer, so the catalogue speaks of municipalities by their official numbers. A number that
/// is not in ``MunicipalityRegistry`` (a typo, or a municipality merged away) is still held; rule
/// `integrity.municipality` reports it.
public struct MunicipalityNumber: RawRepresentable, Hashable, Sendable, Comparable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = String(rawValue.trimmingSpaces()) }
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    /// `true` when this is the number of a municipality in the current ``MunicipalityRegistry``.
    public var isKnown: Bool { MunicipalityRegistry.name(of: self) != nil }

    /// The municipality's official name, if the number is known.
    public var name: String? { MunicipalityRegistry.name(of: self) }

    /// The county (*fylke*) number: the first two digits.
    public var countyNumber: String { String(rawValue.prefix(2)) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
