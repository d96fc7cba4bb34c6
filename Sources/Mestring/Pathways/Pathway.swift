/// A coherent pathway (*helhetlig forløp*): the offers a user meets, in order, across hospital,
/// municipality and voluntary organisations.
///
/// Offers shall be part of coherent pathways; a typical one is a diagnosis-specific group at the
/// hospital, followed by a municipal living-with offer and a peer group run by a user organisation.
/// The pathway rules check that steps resolve, that a hospital start continues outside the
/// hospital, and that stages run forward.
public struct Pathway: CatalogRecord {
    public typealias ID = Identifier<Pathway>

    public var id: ID
    public var name: LocalizedText
    public var summary: LocalizedText?
    public var audiences: [Audience]
    /// The conditions the pathway is for.
    public var conditions: [DiagnosisCode]
    public var steps: [PathwayStep]

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

    public static let recordKind = RecordKind.pathway
    public static var catalogKeyPath: WritableKeyPath<Catalog, RecordCollection<Pathway>> { \.pathways }
}
