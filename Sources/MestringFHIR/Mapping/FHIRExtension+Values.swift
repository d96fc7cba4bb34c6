import Mestring

extension FHIRExtension {
    /// A Mestring extension, or a part of a complex one, holding a string.
    static func string(_ url: String, _ value: String) -> FHIRExtension {
        var result = FHIRExtension(url: url)
        result.valueString = value
        return result
    }

    /// A text in several languages: a Bokmål-only text as `valueString`; otherwise one part per
    /// language, named by its code (`nb`, `nn`, `en`, `se`). FHIR tools do not accept translation
    /// extensions on an extension's value, so the languages are parts instead.
    static func text(_ url: String, _ text: LocalizedText) -> FHIRExtension? {
        let languages = text.languages
        if languages == [.bokmal], let value = text[.bokmal] { return string(url, value) }
        return complex(url, languages.map { language in text[language].map { string(language.rawValue, $0) } })
    }

    /// An extension holding a coding.
    static func coding(_ url: String, _ value: FHIRCoding) -> FHIRExtension {
        var result = FHIRExtension(url: url)
        result.valueCoding = value
        return result
    }

    /// An extension holding a whole number.
    static func integer(_ url: String, _ value: Int) -> FHIRExtension {
        var result = FHIRExtension(url: url)
        result.valueInteger = value
        return result
    }

    /// An extension holding `true` or `false`.
    static func boolean(_ url: String, _ value: Bool) -> FHIRExtension {
        var result = FHIRExtension(url: url)
        result.valueBoolean = value
        return result
    }

    /// An extension holding a calendar date; a date that does not exist (kept so that validation
    /// can report it) is written as `valueString`, which FHIR allows, instead of an invalid `valueDate`.
    static func date(_ url: String, _ value: LocalDate) -> FHIRExtension {
        var result = FHIRExtension(url: url)
        if value.isValid { result.valueDate = value.iso8601 } else { result.valueString = value.iso8601 }
        return result
    }

    /// An extension holding a reference.
    static func reference(_ url: String, _ value: FHIRReference) -> FHIRExtension {
        var result = FHIRExtension(url: url)
        result.valueReference = value
        return result
    }

    /// A complex extension of the given parts, or `nil` when there are none (FHIR forbids an
    /// extension with neither value nor parts).
    static func complex(_ url: String, _ parts: [FHIRExtension?]) -> FHIRExtension? {
        let present = parts.compactMap { $0 }
        return present.isEmpty ? nil : FHIRExtension(url: url, extension: present)
    }
}

extension Array where Element == FHIRExtension {
    /// `nil` for an empty list, so that the element is left out of the JSON.
    var nonEmpty: [FHIRExtension]? { isEmpty ? nil : self }
}
