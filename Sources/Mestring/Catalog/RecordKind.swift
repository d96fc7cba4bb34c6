/// The kinds of record a catalogue holds; used in findings, errors and file names.
public enum RecordKind: String, CatalogEnumeration {
    /// A ``Provider`` (*tilbyder*).
    case provider
    /// An ``Offer`` (*tilbud*).
    case offer
    /// A ``Person``.
    case person
    /// A ``Pathway`` (*forløp*).
    case pathway
    /// A ``Programme`` (*nasjonalt gruppetilbud*).
    case programme
    /// An ``Evaluation`` (*evaluering*).
    case evaluation

    /// The name of this vocabulary in messages: `unknown record kind "…"; expected one of …`.
    public static let vocabularyName = "record kind"

    /// The Bokmål label to show users, e.g. `tilbud`.
    public var norwegianLabel: String {
        switch self {
        case .provider: "tilbyder"
        case .offer: "tilbud"
        case .person: "person"
        case .pathway: "forløp"
        case .programme: "program"
        case .evaluation: "evaluering"
        }
    }

    /// The catalogue's field that holds records of this kind (`offers`, `providers`…), used in field paths.
    public var collectionName: String {
        switch self {
        case .provider: "providers"
        case .offer: "offers"
        case .person: "people"
        case .pathway: "pathways"
        case .programme: "programmes"
        case .evaluation: "evaluations"
        }
    }
}
