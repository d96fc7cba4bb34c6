import Mestring

/// Reads FHIR values (texts, codings, dates, references) into Mestring values within one
/// resource, reporting what has no place and failing on what Mestring cannot read.
///
/// Element paths are taken as functions (`@autoclosure`): they are needed only for a report or
/// an error, and building them for every value read cost a sixth of an import.
struct FHIRValueReader {
    let scope: FHIRReadScope
    let references: FHIRReferenceIndex

    // MARK: Texts

    /// A text and its translations; `nil` when the element is absent.
    func text(_ value: String?, _ element: FHIRElement?, _ path: @autoclosure () -> String) throws -> LocalizedText? {
        guard value != nil || element != nil else { return nil }
        var main = TextLanguage.bokmal
        var translations: [TextLanguage: String] = [:]
        for (index, item) in (element?.extension ?? []).enumerated() {
            func itemPath() -> String { "_\(path()).extension[\(index)]" }
            switch item.url {
            case FHIRSystems.languageExtension:
                guard let code = item.valueCode, let language = TextLanguage(rawValue: code) else {
                    scope.unmapped(itemPath(), "text language \"\(item.valueCode ?? "")\" is not one Mestring holds (nb, nn, en, se)")
                    continue
                }
                main = language
            case FHIRSystems.translationExtension:
                let parts = item.extension ?? []
                let code = parts.first { $0.url == "lang" }?.valueCode ?? ""
                guard let language = TextLanguage(rawValue: code), let content = parts.first(where: { $0.url == "content" })?.valueString
                else {
                    scope.unmapped(itemPath(), "translation into \"\(code)\" is not in a language Mestring holds (nb, nn, en, se)")
                    continue
                }
                translations[language] = content
            default:
                scope.unmapped(itemPath(), "extension \(item.url)")
            }
        }
        if let value { translations[main] = value }
        return LocalizedText(translations)
    }

    // MARK: Codes

    /// The value of a coding in the vocabulary's Mestring code system; `nil` for another system;
    /// an error for an unknown code in Mestring's own system.
    func vocabulary<Value: CatalogEnumeration>(_ coding: FHIRCoding?, _ path: @autoclosure () -> String) throws -> Value? {
        guard let coding, coding.system == Value.fhirSystem else { return nil }
        guard let value = Value(rawValue: coding.code ?? "") else {
            throw scope.malformed(path(), Value.unknownSpellingMessage(coding.code ?? ""))
        }
        return value
    }

    /// The value of the first coding of a concept in the vocabulary's system; reports a concept
    /// without one.
    func vocabulary<Value: CatalogEnumeration>(_ concept: FHIRCodeableConcept?, _ path: @autoclosure () -> String) throws -> Value? {
        guard let concept else { return nil }
        for (index, coding) in (concept.coding ?? []).enumerated() {
            if let value: Value = try vocabulary(coding, "\(path()).coding[\(index)]") { return value }
        }
        scope.unmapped(path(), "\(describe(concept)) is not a Mestring \(Value.vocabularyName)")
        return nil
    }

    /// A diagnosis from a coding in the Norwegian ICD-10 or ICPC-2 system (or SNOMED CT).
    func diagnosis(_ coding: FHIRCoding?, _ path: @autoclosure () -> String) -> DiagnosisCode? {
        guard let coding, let system = coding.system.flatMap(FHIRSystems.codingSystem(of:)), let code = coding.code else {
            scope.unmapped(path(), "\(coding.map { describe(FHIRCodeableConcept(coding: [$0])) } ?? "a coding") is not in ICD-10, ICPC-2 or SNOMED CT")
            return nil
        }
        return DiagnosisCode(system: system, code: code, label: coding.display)
    }

    /// `system code` of each coding, or the text, for the report.
    func describe(_ concept: FHIRCodeableConcept) -> String {
        let codings = (concept.coding ?? []).map { "\($0.system ?? "?")|\($0.code ?? "?")" }
        if codings.isEmpty { return "\"\(String((concept.text ?? "").prefix(60)))\"" }
        return codings.joined(separator: ", ")
    }

    /// A text written by ``FHIRExtension/text(_:_:)``: `valueString` in Bokmål, or one part per language.
    func text(of item: FHIRExtension?, _ path: @autoclosure () -> String) -> LocalizedText? {
        guard let item else { return nil }
        var translations: [TextLanguage: String] = [:]
        if let value = item.valueString { translations[.bokmal] = value }
        for (index, part) in (item.extension ?? []).enumerated() {
            guard let language = TextLanguage(rawValue: part.url), let value = part.valueString else {
                scope.unmapped("\(path()).extension[\(index)]", "a text in \"\(part.url)\", not a language Mestring holds (nb, nn, en, se)")
                continue
            }
            translations[language] = value
        }
        return LocalizedText(translations)
    }

    // MARK: Dates

    /// The date of an extension part: `valueDate`, or `valueString` for a date that does not exist.
    func date(of item: FHIRExtension?, _ path: @autoclosure () -> String) throws -> LocalDate? {
        try date(item?.valueDate ?? item?.valueString, path())
    }

    func date(_ text: String?, _ path: @autoclosure () -> String) throws -> LocalDate? {
        guard let text else { return nil }
        guard let date = LocalDate(iso8601: text) else { throw scope.malformed(path(), "invalid date \"\(text.prefix(40))\"; expected YYYY-MM-DD") }
        return date
    }

    func time(_ text: String?, _ path: @autoclosure () -> String) throws -> TimeOfDay? {
        guard let text else { return nil }
        let minutes = text.hasSuffix(":00") && text.count == 8 ? String(text.dropLast(3)) : text
        guard let time = TimeOfDay(text: minutes) else {
            throw scope.malformed(path(), "invalid time \"\(text.prefix(40))\"; expected HH:MM:00")
        }
        return time
    }

    // MARK: References

    /// The Mestring identifier of the record a reference points at.
    func recordID(_ reference: FHIRReference?, _ kind: RecordKind, _ path: @autoclosure () -> String) -> String? {
        guard let reference else { return nil }
        if let identifier = reference.identifier, identifier.system == FHIRSystems.identifierSystem(kind), let value = identifier.value {
            return value
        }
        if let target = reference.reference { return references.recordID(of: target, kind) }
        scope.unmapped(path(), "a reference without a resource Mestring can identify")
        return nil
    }

    /// Reports every extension whose URL `handled` does not know. `handled` gets the item's path
    /// as a function, built only for a report or an error.
    func extensions(_ list: [FHIRExtension]?, _ path: @autoclosure () -> String, _ handled: (FHIRExtension, () -> String) throws -> Bool) throws {
        guard let list else { return }
        // Through the buffer, each extension is lent to `handled`, not copied (a copy costs a
        // reference count for each of its many values).
        try list.withUnsafeBufferPointer { items in
            try withoutActuallyEscaping(path) { path in
                for index in items.indices {
                    let itemPath = { "\(path())[\(index)]" }
                    if try !handled(items[index], itemPath) { scope.unmapped(itemPath(), "extension \(items[index].url)") }
                }
            }
        }
    }
}
