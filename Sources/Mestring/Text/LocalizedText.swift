/// A title or description written in one or more of the catalogue's languages.
///
/// An offer published by a municipality in Nynorsk, or by a Sami health service in Northern Sami,
/// keeps each translation side by side instead of choosing one. Empty translations are not stored.
///
/// ```swift
/// var title = LocalizedText(bokmal: "Kurs for pårørende")
/// title[.northernSami] = "Kursa oapmahaččaide"
/// print(title.preferred)   // "Kurs for pårørende"
/// ```
public struct LocalizedText: Hashable, Sendable, Codable {
    private var translations: [TextLanguage: String]

    /// A text in several languages; empty translations are left out.
    public init(_ translations: [TextLanguage: String] = [:]) {
        self.translations = translations.filter { !$0.value.isEmpty }
    }

    /// A text in Bokmål only, the common case.
    public init(bokmal: String) { self.init([.bokmal: bokmal]) }

    /// The translation in one language, if present. Setting `nil` or `""` removes it.
    public subscript(language: TextLanguage) -> String? {
        get { translations[language] }
        set {
            if let newValue, !newValue.isEmpty { translations[language] = newValue } else { translations[language] = nil }
        }
    }

    /// The languages present, in `TextLanguage` order.
    public var languages: [TextLanguage] { TextLanguage.allCases.filter { translations[$0] != nil } }

    /// `true` when no translation is present.
    public var isEmpty: Bool { translations.isEmpty }

    /// The text to show when the reader's language is unknown: Bokmål, then Nynorsk, English, Sami.
    public var preferred: String { languages.first.flatMap { translations[$0] } ?? "" }

    /// The text in `language`, falling back to ``preferred``.
    public func text(in language: TextLanguage) -> String { translations[language] ?? preferred }

    /// Every translation, in `TextLanguage` order.
    public var allTexts: [String] { languages.compactMap { translations[$0] } }

    /// Reads an object keyed by language code (`{"nb": "…", "se": "…"}`); an unknown code fails
    /// with the list of allowed ones.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: TextLanguage.CodingKeys.self)
        var translations: [TextLanguage: String] = [:]
        for key in container.allKeys {
            guard let language = TextLanguage(rawValue: key.stringValue) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription: TextLanguage.unknownSpellingMessage(key.stringValue))
            }
            translations[language] = try container.decode(String.self, forKey: key)
        }
        self.init(translations)
    }

    /// Writes an object keyed by language code, in ``TextLanguage`` order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: TextLanguage.CodingKeys.self)
        for language in languages {
            try container.encode(translations[language], forKey: .init(stringValue: language.rawValue))
        }
    }
}

extension TextLanguage {
    /// Keys of a ``LocalizedText`` object: the language codes.
    struct CodingKeys: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }
}

extension LocalizedText: ExpressibleByStringLiteral {
    /// A Bokmål text, the common case in code and tests.
    public init(stringLiteral value: String) { self.init(bokmal: value) }
}
