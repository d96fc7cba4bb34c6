/// The written languages a catalogue text can be given in.
///
/// Norwegian public services publish in Bokmål and Nynorsk, and in Northern Sami where Sami users
/// are served; English reaches users who read neither. The raw values are ISO 639-1 codes.
public enum TextLanguage: String, CatalogEnumeration {
    /// Norsk bokmål.
    case bokmal = "nb"
    /// Norsk nynorsk.
    case nynorsk = "nn"
    /// English.
    case english = "en"
    /// Davvisámegiella (Northern Sami).
    case northernSami = "se"

    /// The name of this vocabulary in messages: `unknown text language "…"; expected one of …`.
    public static let vocabularyName = "text language"

    /// The Bokmål label to show users, e.g. `nynorsk`.
    public var norwegianLabel: String {
        switch self {
        case .bokmal: "bokmål"
        case .nynorsk: "nynorsk"
        case .english: "engelsk"
        case .northernSami: "nordsamisk"
        }
    }
}
