/// A Norwegian organisation number (*organisasjonsnummer*) from the Central Coordinating Register
/// for Legal Entities (Enhetsregisteret): nine digits, the last a MOD11 check digit.
///
/// Providers are identified across systems by this number: a spreadsheet row that names the
/// hospital by organisation number can be matched to the provider record. The value is kept as
/// written, even when the check digit is wrong, so an import loses nothing; ``isValid`` tells, and
/// rule `integrity.organisation-number` reports it.
///
/// ```swift
/// OrganisationNumber("974 589 095").isValid   // true (spaces are ignored)
/// ```
public struct OrganisationNumber: RawRepresentable, Hashable, Sendable, Comparable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The number with spaces removed.
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue.filter { $0 != " " } }
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    /// `true` when the number has nine digits and its MOD11 check digit (weights 3 2 7 6 5 4 3 2) is right.
    public var isValid: Bool {
        let digits = rawValue.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard rawValue.count == 9, digits.count == 9 else { return false }
        let weights = [3, 2, 7, 6, 5, 4, 3, 2]
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let remainder = sum % 11
        let check = remainder == 0 ? 0 : 11 - remainder
        return check != 10 && check == digits[8]
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
