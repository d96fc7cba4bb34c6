/// A search for offers, with one meaning that every store honours.
///
/// **Meaning.** Every dimension that is not empty must match (AND); within a dimension, any of the
/// given values may match (OR). An empty query matches every offer.
///
/// | dimension | an offer matches when |
/// |---|---|
/// | `municipalities` | its ``Offer/municipalities`` contain one of them |
/// | `audiences` | its ``Offer/audiences`` contain one of them |
/// | `diagnoses` | one of its ``Offer/diagnoses`` is covered by one of them (``DiagnosisCode/isCovered(by:)``: same system, same code or a subcode after a `.`, letter case ignored) |
/// | `kinds` | its ``Offer/kind`` is one of them (an offer whose kind is not stated matches no kind) |
/// | `levels` | the ``Provider/level`` of its ``Offer/provider`` is one of them (an offer whose provider is not stated, not in the catalogue or of a kind not stated matches no level) |
/// | `languages` | its ``Offer/languages`` contain one of them |
/// | `deliveryModes` | its ``Offer/deliveryMode`` is one of them |
/// | `stages` | its ``Offer/stages`` contain one of them |
/// | `text` | every search term is the start of a word in its title or summary, in any language (``TextSearch``) |
///
/// **Order.** With ``Ordering-swift.enum/identifier`` (the default) results are sorted by
/// ``Offer/id`` in Unicode scalar order. With ``Ordering-swift.enum/relevance`` and a text, by
/// ``TextSearch``'s score, best first (a title hit weighs three summary hits), ties by ``Offer/id``:
/// one order every store gives, not each store's own ranking. ``limit`` applies after ordering, so
/// `OfferQuery(text: "kols", ordering: .relevance, limit: 10)` is the same ten offers in the same
/// order from every store.
///
/// ```swift
/// let query = OfferQuery(municipalities: ["4601"], audiences: [.nextOfKin], text: "demens")
/// let offers = try await store.offers(matching: query)
/// ```
public struct OfferQuery: Hashable, Sendable, Codable {
    /// How results are ordered.
    public enum Ordering: String, Hashable, Sendable, Codable {
        /// By offer identifier, ascending. Every store gives the same list.
        case identifier
        /// Best text match first by ``TextSearch``'s score, ties by identifier; every store gives
        /// the same list. Without `text`, like `identifier`.
        case relevance
    }

    /// Offers for residents of any of these municipalities.
    public var municipalities: Set<MunicipalityNumber>
    /// Offers for any of these audiences.
    public var audiences: Set<Audience>
    /// Offers about any of these diagnoses, or a subcode of one of them.
    public var diagnoses: Set<DiagnosisCode>
    /// Offers of any of these kinds.
    public var kinds: Set<OfferKind>
    /// Offers whose provider is at any of these levels.
    public var levels: Set<ServiceLevel>
    /// Offers held in any of these languages.
    public var languages: Set<LanguageTag>
    /// Offers delivered in any of these ways.
    public var deliveryModes: Set<DeliveryMode>
    /// Offers that serve at any of these stages.
    public var stages: Set<CareStage>
    /// Free text; see ``TextSearch`` for how it is split into terms.
    public var text: String?
    /// How the results are ordered.
    public var ordering: Ordering
    /// At most this many results.
    public var limit: Int?

    /// A query; a dimension left empty does not filter.
    public init(
        municipalities: Set<MunicipalityNumber> = [], audiences: Set<Audience> = [],
        diagnoses: Set<DiagnosisCode> = [], kinds: Set<OfferKind> = [], levels: Set<ServiceLevel> = [],
        languages: Set<LanguageTag> = [], deliveryModes: Set<DeliveryMode> = [], stages: Set<CareStage> = [],
        text: String? = nil, ordering: Ordering = .identifier, limit: Int? = nil
    ) {
        self.municipalities = municipalities
        self.audiences = audiences
        self.diagnoses = diagnoses
        self.kinds = kinds
        self.levels = levels
        self.languages = languages
        self.deliveryModes = deliveryModes
        self.stages = stages
        self.text = text
        self.ordering = ordering
        self.limit = limit
    }

    /// The search terms of ``text``, folded to lower case.
    public var textTerms: [String] { TextSearch.terms(of: text ?? "") }

    /// `true` when a store must rank by text relevance.
    public var ranksByRelevance: Bool { ordering == .relevance && !textTerms.isEmpty }
}
