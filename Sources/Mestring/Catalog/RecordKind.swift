/// The four kinds of record a catalogue holds; used in findings, errors and file names.
public enum RecordKind: String, CatalogEnumeration {
    case provider
    case offer
    case person
    case pathway

    public static let vocabularyName = "record kind"

    public var norwegianLabel: String {
        switch self {
        case .provider: "tilbyder"
        case .offer: "tilbud"
        case .person: "person"
        case .pathway: "forløp"
        }
    }

    /// The catalogue's field that holds records of this kind (`offers`, `providers`…), used in field paths.
    public var collectionName: String {
        switch self {
        case .provider: "providers"
        case .offer: "offers"
        case .person: "people"
        case .pathway: "pathways"
        }
    }
}
