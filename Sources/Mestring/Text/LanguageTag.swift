/// A language an offer is given in, as a BCP 47 tag (`nb`, `se`, `ar`, `pl`, `uk`, `nsl`…).
///
/// Equal access (*likeverdig tilgang*) depends on language: a course for people with diabetes held
/// only in Norwegian does not reach every user. This is open-ended on purpose (unlike
/// ``TextLanguage``): offers are held in far more languages than the catalogue is written in.
/// Tags are stored lower-cased so that `NB` and `nb` are the same language.
public struct LanguageTag: StringValue {
    /// The tag in lower case.
    public let rawValue: String

    /// Keeps the tag trimmed and in lower case, even when it is not valid, so that an import loses nothing;
    /// validation reports it.
    public init(rawValue: String) {
        let trimmed = String(rawValue.trimmingSpaces())
        // Tags are nearly always written in lower-case ASCII already: no second string then.
        let isLowercaseASCII = trimmed.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }
        self.rawValue = isLowercaseASCII ? trimmed : trimmed.lowercased()
    }

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

    /// Norwegian Bokmål (`nb`).
    public static let bokmal: LanguageTag = "nb"
    /// Norwegian Nynorsk (`nn`).
    public static let nynorsk: LanguageTag = "nn"
    /// English (`en`).
    public static let english: LanguageTag = "en"
    /// Northern Sami (`se`), the Sami language most users speak.
    public static let northernSami: LanguageTag = "se"
    /// Norwegian Sign Language (`nsl`), for offers held in or interpreted into sign language.
    public static let norwegianSignLanguage: LanguageTag = "nsl"
}
