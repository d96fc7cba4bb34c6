/// A coherent pathway (*helhetlig forløp*): the offers a user meets, in order, across hospital,
/// municipality and voluntary organisations.
///
/// Offers shall be part of coherent pathways; a typical one is a diagnosis-specific group at the
/// hospital, followed by a municipal living-with offer and a peer group run by a user organisation.
/// The pathway rules check that steps resolve, that the pathway crosses levels, and that every
/// change of level says how the user is handed over.
public struct Pathway: CatalogRecord {
    /// The identifier of a pathway, a type of its own so that it cannot be mistaken for another record's.
    public typealias ID = Identifier<Pathway>

    /// The publisher's identifier, unique among the catalogue's pathways.
    public var id: ID
    /// The pathway's name ("KOLS-forløp").
    public var name: LocalizedText
    /// What the pathway offers, for readers.
    public var summary: LocalizedText?
    /// Whom the pathway is for.
    public var audiences: [Audience]
    /// The conditions the pathway is for.
    public var conditions: [DiagnosisCode]
    /// The steps in the order a user meets them; the pathway rules check that the stages run
    /// forward.
    public var steps: [PathwayStep]

    /// A pathway; its steps may name offer kinds before every offer in it exists.
    public init(
        id: ID, name: LocalizedText, summary: LocalizedText? = nil, audiences: [Audience] = [],
        conditions: [DiagnosisCode] = [], steps: [PathwayStep] = []
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.audiences = audiences
        self.conditions = conditions
        self.steps = steps
    }

    /// A pathway is a record of kind ``RecordKind/pathway``.
    public static let recordKind = RecordKind.pathway
    /// These records live in ``Catalog/pathways``.
    public static var catalogKeyPath: WritableKeyPath<Catalog, RecordCollection<Pathway>> { \.pathways }
}
