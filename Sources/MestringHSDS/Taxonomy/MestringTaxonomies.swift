import Mestring
import MestringAdapterKit

/// The taxonomies Mestring publishes for HSDS attributes, with fixed UUIDs.
///
/// - `mestring-field`: fields HSDS has no place for, one term per field (`mestring-field:involvement`…).
/// - One taxonomy per Mestring vocabulary (`mestring-offer-kind`, `mestring-audience`, …): each
///   value is a term, so an HSDS tool can filter services by kind, audience or care stage.
/// - The diagnosis classifications ICD-10, ICPC-2 and SNOMED CT, with the codes as terms.
public enum MestringTaxonomies {
    /// Every taxonomy Mestring writes, in the order of `Documentation/HSDS.md`.
    public static let all: [HSDSTaxonomy] = [field] + vocabularies + diagnosisSystems

    /// Fields without a place in HSDS, carried in attributes.
    public static let field = HSDSTaxonomy(
        code: "mestring-field", name: "Mestring-felt",
        description: "Mestring fields that HSDS has no place for; the attribute value holds the field's value",
        uri: "urn:mestring:hsds:taxonomy:mestring-field"
    ) { code in
        CarriedField.allCases.map { HSDSTerm(taxonomy: code, code: $0.rawValue, name: $0.rawValue, description: $0.meaning) }
    }

    /// The Mestring vocabularies, one taxonomy each.
    public static let vocabularies: [HSDSTaxonomy] = [
        vocabulary(ProviderKind.self, "provider-kind", "Tilbydertype"),
        vocabulary(OfferKind.self, "offer-kind", "Tilbudstype (nasjonal veileder 2015)"),
        vocabulary(OfferFormat.self, "offer-format", "Individuelt eller gruppe"),
        vocabulary(FocusKind.self, "focus", "Innretning"),
        vocabulary(OfferMethod.self, "method", "Metode"),
        vocabulary(CareStage.self, "care-stage", "Fase i sykdomsforløpet"),
        vocabulary(Audience.self, "audience", "Målgruppe"),
        vocabulary(Outcome.self, "outcome", "Forventet effekt"),
        vocabulary(DeliveryMode.self, "delivery-mode", "Gjennomføringsform"),
        vocabulary(ReferralRoute.self, "referral-route", "Henvisningsvei"),
    ]

    /// The diagnosis classifications; their terms are the codes an offer names.
    public static let diagnosisSystems: [HSDSTaxonomy] = CodingSystem.allCases.map { system in
        HSDSTaxonomy(
            code: system.rawValue, name: system.norwegianLabel, description: "Diagnoses and conditions coded in \(system.norwegianLabel)",
            uri: diagnosisURI(system)
        ) { _ in [] }
    }

    private static func diagnosisURI(_ system: CodingSystem) -> String {
        switch system {
        case .icd10: "https://icd.who.int/browse10"
        case .icpc2: "https://www.ehelse.no/kodeverk-og-terminologi/ICPC-2"
        case .snomedCT: "http://snomed.info/sct"
        }
    }

    private static func vocabulary<Value: CatalogEnumeration>(_ type: Value.Type, _ code: String, _ name: String) -> HSDSTaxonomy {
        HSDSTaxonomy(
            code: "mestring-\(code)", name: name, description: "Mestring's \(Value.vocabularyName) vocabulary",
            uri: "urn:mestring:hsds:taxonomy:mestring-\(code)"
        ) { taxonomy in
            Value.allCases.map { HSDSTerm(taxonomy: taxonomy, code: $0.rawValue, name: $0.norwegianLabel, description: "\(Value.vocabularyName): \($0.norwegianLabel)") }
        }
    }

    /// The taxonomy of a vocabulary type.
    static func taxonomy<Value: CatalogEnumeration>(of type: Value.Type) -> HSDSTaxonomy {
        taxonomiesByCode[vocabularyCode(of: type)] ?? field
    }

    /// The code of a vocabulary type's taxonomy, without the taxonomy.
    static func vocabularyCode<Value: CatalogEnumeration>(of type: Value.Type) -> String {
        vocabularyCodes[ObjectIdentifier(type)] ?? ""
    }

    /// The vocabulary types with the codes of their taxonomies.
    private static let vocabularyTypes: [(type: any CatalogEnumeration.Type, code: String)] = [
        (ProviderKind.self, "mestring-provider-kind"), (OfferKind.self, "mestring-offer-kind"), (OfferFormat.self, "mestring-offer-format"),
        (FocusKind.self, "mestring-focus"), (OfferMethod.self, "mestring-method"), (CareStage.self, "mestring-care-stage"),
        (Audience.self, "mestring-audience"), (Outcome.self, "mestring-outcome"), (DeliveryMode.self, "mestring-delivery-mode"),
        (ReferralRoute.self, "mestring-referral-route"),
    ]

    private static let vocabularyCodes: [ObjectIdentifier: String] = Dictionary(
        uniqueKeysWithValues: vocabularyTypes.map { (ObjectIdentifier($0.type), $0.code) })

    /// The term of a vocabulary value.
    static func term<Value: CatalogEnumeration>(for value: Value) -> HSDSTerm {
        let taxonomy = taxonomy(of: Value.self)
        return termsByKey[taxonomy.code + "\u{1F}" + value.rawValue] ?? taxonomy.term(code: value.rawValue, name: value.norwegianLabel)
    }

    /// The diagnosis taxonomy of a coding system.
    static func taxonomy(of system: CodingSystem) -> HSDSTaxonomy {
        taxonomiesByCode[system.rawValue] ?? field
    }

    static let taxonomiesByCode: [String: HSDSTaxonomy] = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    static let taxonomiesByID: [String: HSDSTaxonomy] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    static let termsByID: [String: HSDSTerm] = Dictionary(
        all.flatMap(\.terms).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    private static let termsByKey: [String: HSDSTerm] = Dictionary(
        all.flatMap(\.terms).map { ($0.taxonomy + "\u{1F}" + $0.value, $0) }, uniquingKeysWith: { first, _ in first })
    static let fieldTerms: [CarriedField: HSDSTerm] = Dictionary(
        uniqueKeysWithValues: zip(CarriedField.allCases, field.terms))

    /// What an attribute with a published term says: a carried field, or a vocabulary value
    /// with its type's identifier, so that an import picks a vocabulary's values by comparing
    /// identifiers instead of taxonomy codes.
    enum TermMeaning {
        case carried(CarriedField)
        case vocabulary(type: ObjectIdentifier, spelling: String)
    }

    /// The meaning of every published term, by term UUID, worked out once for all imports. (A
    /// diagnosis taxonomy publishes no terms: its codes are read from the term objects.)
    static let meaningsByTermID: [String: TermMeaning] = termsByID.compactMapValues { term in
        if term.taxonomy == field.code { return CarriedField(rawValue: term.value).map(TermMeaning.carried) }
        return vocabularyTypes.first { $0.code == term.taxonomy }.map { .vocabulary(type: ObjectIdentifier($0.type), spelling: term.value) }
    }

    /// The meaning of the published term whose id is the text `id`, or `nil`; an id as it stands
    /// in the document is looked up by its bytes.
    static func meaning(ofTermID id: JSONNode) throws -> TermMeaning? {
        if let bytes = id.utf8IfUnescaped { return termLookup.meaning(of: bytes) }
        return meaningsByTermID[try id.string()]
    }

    private static let termLookup = HSDSTermLookup(meaningsByTermID)

    static func fieldTerm(_ carried: CarriedField) -> HSDSTerm {
        HSDSTerm(taxonomy: field.code, code: carried.rawValue, name: carried.rawValue, description: carried.meaning)
    }
}
