import Mestring

/// The top-level JSON object of a catalogue file: the format header and the catalogue's parts.
///
/// Programmes and evaluations came with format version 2; a version 1 file has neither, so they
/// read as empty when absent. Sources came with version 3, which is written only when some record
/// has a source: a catalogue without sources stays a version 2 file that older readers read, and
/// one with sources is refused by them as newer rather than read without its sources.
///
/// Package access lets the benchmarks time Foundation's coders on this very type.
package struct CatalogDocument: Codable {
    var format: String
    var version: Int
    var info: CatalogInfo
    var providers: RecordCollection<Provider>
    var offers: RecordCollection<Offer>
    var people: RecordCollection<Person>
    var pathways: RecordCollection<Pathway>
    var programmes: RecordCollection<Programme>
    var evaluations: RecordCollection<Evaluation>
    var sources: RecordSources?

    package init(_ catalog: Catalog) {
        format = JSONCatalogFormat.name
        version = catalog.sources.isEmpty ? JSONCatalogFormat.versionWithoutSources : JSONCatalogFormat.version
        info = catalog.info
        providers = catalog.providers
        offers = catalog.offers
        people = catalog.people
        pathways = catalog.pathways
        programmes = catalog.programmes
        evaluations = catalog.evaluations
        sources = catalog.sources.isEmpty ? nil : catalog.sources
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        version = try container.decode(Int.self, forKey: .version)
        info = try container.decode(CatalogInfo.self, forKey: .info)
        providers = try container.decode(RecordCollection<Provider>.self, forKey: .providers)
        offers = try container.decode(RecordCollection<Offer>.self, forKey: .offers)
        people = try container.decode(RecordCollection<Person>.self, forKey: .people)
        pathways = try container.decode(RecordCollection<Pathway>.self, forKey: .pathways)
        programmes = try container.decodeIfPresent(RecordCollection<Programme>.self, forKey: .programmes) ?? []
        evaluations = try container.decodeIfPresent(RecordCollection<Evaluation>.self, forKey: .evaluations) ?? []
        sources = try container.decodeIfPresent(RecordSources.self, forKey: .sources)
    }

    var catalog: Catalog {
        Catalog(
            info: info, providers: providers, offers: offers, people: people, pathways: pathways, programmes: programmes,
            evaluations: evaluations, sources: sources ?? RecordSources())
    }

    /// Only the header, read first so that a foreign or newer file is refused before decoding.
    struct Header: Decodable {
        var format: String?
        var version: Int?
    }
}
