import Mestring

/// The fields a worklist can correct, and how each reads what a person writes in Excel: vocabulary
/// words as ``Mestring/NorwegianWords`` understands them (`gruppe`, `Pårørende og familie`), a
/// provider by identifier or organisation number, languages as tags (`nb; se`).
///
/// These are the fields validation reports as missing or not stated (completeness and access).
/// Others (who takes part in an offer, a pathway's steps) are more than one value in one cell; a
/// worklist that tries to set them is refused with a message that says to fix them in the catalogue.
enum WorklistField {
    /// Why a value cannot be used, in one sentence.
    struct Problem: Error {
        var message: String
    }

    static let offerFields = ["kind", "format", "focus", "method", "deliveryMode", "audiences", "stages", "languages", "provider"]
    static let providerFields = ["kind"]

    static func correct(_ offer: inout Offer, field: String, to text: String, in catalog: Catalog) throws(Problem) {
        switch field {
        case "kind": offer.kind = try word(text)
        case "format": offer.format = try word(text)
        case "focus": offer.focus = try word(text)
        case "method": offer.method = try word(text)
        case "deliveryMode": offer.deliveryMode = try word(text)
        case "audiences": offer.audiences = try words(text)
        case "stages": offer.stages = try words(text)
        case "languages": offer.languages = try languages(text)
        case "provider": offer.provider = try provider(text, in: catalog)
        default: throw unsupported(field, offerFields)
        }
    }

    static func correct(_ provider: inout Provider, field: String, to text: String) throws(Problem) {
        switch field {
        case "kind": provider.kind = try word(text)
        default: throw unsupported(field, providerFields)
        }
    }

    static func unsupported(_ field: String, _ fields: [String]) -> Problem {
        Problem(
            message: "the worklist can set \(fields.joined(separator: ", ")), not \(StoreError.excerpt(field)); fix that one in the catalogue itself")
    }

    private static func word<Value: CatalogEnumeration>(_ text: String) throws(Problem) -> Value {
        guard let value = NorwegianWords.value(text, as: Value.self) else { throw unknown(text, Value.self) }
        return value
    }

    private static func words<Value: CatalogEnumeration>(_ text: String) throws(Problem) -> [Value] {
        let parsed = NorwegianWords.values(text, as: Value.self)
        if let first = parsed.unknown.first { throw unknown(first, Value.self) }
        return parsed.values
    }

    private static func unknown<Value: CatalogEnumeration>(_ text: String, _ type: Value.Type) -> Problem {
        Problem(
            message: "unknown \(Value.vocabularyName) \(StoreError.excerpt(text)); write one of "
                + Value.allCases.map(\.norwegianLabel).joined(separator: ", "))
    }

    private static func languages(_ text: String) throws(Problem) -> [LanguageTag] {
        let tags = NorwegianWords.items(of: text).map { LanguageTag(rawValue: $0) }
        if let bad = tags.first(where: { !$0.isWellFormed }) {
            throw Problem(message: "\(StoreError.excerpt(bad.rawValue)) is not a language tag; write e.g. nb, nn, se, en")
        }
        return tags
    }

    /// A provider of the catalogue, named by its identifier or its organisation number.
    private static func provider(_ text: String, in catalog: Catalog) throws(Problem) -> Provider.ID {
        let trimmed = String(text.trimmingSpaces())
        if catalog.providers.contains(id: Provider.ID(rawValue: trimmed)) { return Provider.ID(rawValue: trimmed) }
        let number = OrganisationNumber(rawValue: trimmed)
        if let match = catalog.providers.first(where: { $0.organisationNumber == number }) { return match.id }
        throw Problem(message: "no provider with identifier or organisation number \(StoreError.excerpt(trimmed)) in the catalogue")
    }
}
