import Mestring

/// A ``Mestring/LocalizedText`` as a FHIR string element and its translations.
///
/// FHIR strings have one language. The main value is the text in the first language present
/// (Bokmål, then Nynorsk, English, Northern Sami); every other language is an HL7 `translation`
/// extension on the element, and a main value that is not Bokmål says its language with HL7's
/// `language` extension. That reads back to exactly the same text.
enum FHIRText {
    /// The main value and the element carrying the translations; both `nil` for an empty text.
    static func write(_ text: LocalizedText?) -> (value: String?, element: FHIRElement?) {
        guard let text, let main = text.languages.first, let value = text[main] else { return (nil, nil) }
        var extensions: [FHIRExtension] = []
        if main != .bokmal {
            var language = FHIRExtension(url: FHIRSystems.languageExtension)
            language.valueCode = main.rawValue
            extensions.append(language)
        }
        for language in text.languages.dropFirst() {
            guard let translation = text[language] else { continue }
            var code = FHIRExtension(url: "lang")
            code.valueCode = language.rawValue
            extensions.append(
                FHIRExtension(url: FHIRSystems.translationExtension, extension: [code, .string("content", translation)]))
        }
        return (value, extensions.isEmpty ? nil : FHIRElement(extension: extensions))
    }
}
