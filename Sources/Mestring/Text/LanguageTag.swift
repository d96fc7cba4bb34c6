/// A language an offer is given in, as a BCP 47 tag (`nb`, `se`, `ar`, `pl`, `uk`, `nsl`…).
///
/// Equal access (*likeverdig tilgang*) depends on language: a course for people with diabetes held
/// only in Norwegian does not reach every user. This is open-ended on purpose (unlike
/// ``TextLanguage``): offers are held in far more languages than the catalogue is written in.
/// Tags are stored lower-cased so that `NB` and `nb` are the same language.
public struct LanguageTag: RawRepresentable, Hashable, Sendable, Comparable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = String(rawValue.trimmingSpaces()).lowercased() }
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    /// `true` when the tag has the shape of a BCP 47 tag: 2–3 letter primary subtag, then
    /// 1–8 character alphanumeric subtags separated by `-`.
    public var isWellFormed: Bool {
        let parts = rawValue.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
            primary.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static let bokmal: LanguageTag = "nb"
    public static let nynorsk: LanguageTag = "nn"
    public static let english: LanguageTag = "en"
    public static let northernSami: LanguageTag = "se"
    public static let norwegianSignLanguage: LanguageTag = "nsl"
}
