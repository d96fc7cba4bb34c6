import Mestring

/// The top-level JSON object of a catalogue file: the format header and the catalogue's parts.
struct CatalogDocument: Codable {
    var format: String
    var version: Int
    var info: CatalogInfo
    var providers: RecordCollection<Provider>
    var offers: RecordCollection<Offer>
    var people: RecordCollection<Person>
    var pathways: RecordCollection<Pathway>

    init(_ catalog: Catalog) {
        format = JSONCatalogFormat.name
        version = JSONCatalogFormat.version
        info = catalog.info
        providers = catalog.providers
        offers = catalog.offers
        people = catalog.people
        pathways = catalog.pathways
    }

    var catalog: Catalog {
        Catalog(info: info, providers: providers, offers: offers, people: people, pathways: pathways)
    }

    /// Only the header, read first so that a foreign or newer file is refused before decoding.
    struct Header: Decodable {
        var format: String?
        var version: Int?
    }
}
