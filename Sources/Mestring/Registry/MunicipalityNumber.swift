/// A Norwegian municipality number (*kommunenummer*), four digits, e.g. `0301` for Oslo.
///
/// Offers are found by where the user lives, and the coverage report lists municipalities that lack
/// an offer, so the catalogue speaks of municipalities by their official numbers. A number that
/// is not in ``MunicipalityRegistry`` (a typo, or a municipality merged away) is still held; rule
/// `integrity.municipality` reports it.
public struct MunicipalityNumber: RawRepresentable, Hashable, Sendable, Comparable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The four digits, as written.
    public let rawValue: String

    /// Keeps the number as written (without surrounding white space), even when it is not valid, so that an import loses nothing;
    /// validation reports it.
    public init(rawValue: String) { self.rawValue = String(rawValue.trimmingSpaces()) }
    /// The same as ``init(rawValue:)``, unlabelled to read well in adapters.
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    /// Lets the number be written as a string literal in code and tests.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// The number as stored, for messages and reports.
    public var description: String { rawValue }

    /// `true` when this is the number of a municipality in the current ``MunicipalityRegistry``.
    public var isKnown: Bool { MunicipalityRegistry.name(of: self) != nil }

    /// The municipality's official name, if the number is known.
    public var name: String? { MunicipalityRegistry.name(of: self) }

    /// The county (*fylke*) number: the first two digits.
    public var countyNumber: String { String(rawValue.prefix(2)) }

    /// Orders by the stored text, for stable lists and reports.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Reads the number from a plain string, as every file format writes it.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Writes the number as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
