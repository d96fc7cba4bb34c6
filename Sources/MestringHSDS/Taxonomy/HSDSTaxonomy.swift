/// A taxonomy Mestring publishes for HSDS: the terms that say, in an HSDS `attribute`, what a
/// Mestring value means (an offer kind, an audience, a co-design field) or which diagnosis an
/// offer is about.
///
/// HSDS has no fields for the guideline's kinds, co-design involvement or care stages; it does
/// have attributes linked to taxonomy terms, which HSDS tools show and filter on. Every taxonomy
/// and term has a fixed UUID, so that tools can recognise Mestring's terms across feeds. The list
/// is published in `Documentation/HSDS.md`.
public struct HSDSTaxonomy: Hashable, Sendable {
    /// The taxonomy's UUID, derived from its ``code``.
    public let id: String
    /// The stable short name, e.g. `mestring-offer-kind`.
    public let code: String
    /// The name shown to people, in Norwegian.
    public let name: String
    /// What the taxonomy classifies.
    public let description: String
    /// Where the taxonomy is described.
    public let uri: String
    /// The terms, when the taxonomy is closed; empty for the open diagnosis classifications.
    public let terms: [HSDSTerm]

    init(code: String, name: String, description: String, uri: String, terms: (String) -> [HSDSTerm]) {
        self.id = HSDSIdentifier.uuid("taxonomy", code)
        self.code = code
        self.name = name
        self.description = description
        self.uri = uri
        self.terms = terms(code)
    }

    /// The term with this code, for diagnosis classifications made on demand.
    func term(code termCode: String, name termName: String) -> HSDSTerm {
        HSDSTerm(taxonomy: code, code: termCode, name: termName, description: termName)
    }
}

/// One term of an ``HSDSTaxonomy``: what an HSDS attribute's `taxonomy_term` points to.
public struct HSDSTerm: Hashable, Sendable {
    /// The term's UUID, derived from its taxonomy and code.
    public let id: String
    /// The code of the taxonomy the term belongs to.
    public let taxonomy: String
    /// The term's code, unique across taxonomies as the tabular package requires: the taxonomy's
    /// code and the value, e.g. `mestring-offer-kind:peer-group`, `mestring-field:involvement`,
    /// `icd-10:J44`.
    public let code: String
    /// The value within its taxonomy: a Mestring spelling (`peer-group`), a field name
    /// (`involvement`) or a diagnosis code (`J44`).
    public let value: String
    /// The term's name, in Norwegian.
    public let name: String
    /// What the term means.
    public let description: String

    init(taxonomy: String, code: String, name: String, description: String) {
        self.id = HSDSIdentifier.uuid("term", taxonomy, code)
        self.taxonomy = taxonomy
        self.code = taxonomy + ":" + code
        self.value = code
        self.name = name
        self.description = description
    }
}

extension HSDSTerm {
    /// The members of the term's HSDS `taxonomy_term` object, `id` first: what a diagnosis
    /// attribute embeds and what the tabular package's `taxonomy_terms.csv` lists.
    var members: [(key: String, value: String)] {
        let taxonomy = MestringTaxonomies.taxonomiesByCode[taxonomy] ?? MestringTaxonomies.field
        return [("id", id), ("code", code), ("name", name), ("description", description), ("taxonomy", taxonomy.name), ("taxonomy_id", taxonomy.id)]
    }
}
