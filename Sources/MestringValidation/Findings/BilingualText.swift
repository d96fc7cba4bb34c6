/// A text in English and Norwegian Bokmål, both always present.
///
/// Findings are read by integrators who may not read Norwegian and by municipal staff who prefer
/// it; every message, fix, title and rationale is written in both, and reports choose one with
/// ``ReportLanguage``. Unlike `LocalizedText` no translation may be missing.
public struct BilingualText: Hashable, Sendable, Codable {
    /// The English text, for integrators and CI logs.
    public var english: String
    /// The Norwegian Bokmål text, for the people who run the offers.
    public var bokmal: String

    /// A text in both languages; neither may be left out.
    public init(english: String, bokmal: String) {
        self.english = english
        self.bokmal = bokmal
    }

    /// Shorthand for the built-in rules' many messages: English first, then Bokmål.
    init(_ english: String, _ bokmal: String) { self.init(english: english, bokmal: bokmal) }

    /// The text in `language`.
    public func text(in language: ReportLanguage) -> String {
        switch language {
        case .english: english
        case .bokmal: bokmal
        }
    }

    enum CodingKeys: String, CodingKey {
        case english = "en"
        case bokmal = "nb"
    }
}
