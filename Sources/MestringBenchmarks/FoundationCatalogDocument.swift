import Mestring

/// The same document type as Mestring's JSON format (`format`, `version` and the catalogue's
/// parts, in the domain's own `Codable` types), for timing Foundation's `JSONDecoder` and
/// `JSONEncoder` on the very types and bytes that Mestring's own coder reads and writes.
struct FoundationCatalogDocument: Codable {
    var format: String
    var version: Int
    var info: CatalogInfo
    var providers: RecordCollection<Provider>
    var offers: RecordCollection<Offer>
    var people: RecordCollection<Person>
    var pathways: RecordCollection<Pathway>
    var programmes: RecordCollection<Programme>
    var evaluations: RecordCollection<Evaluation>

    init(_ catalog: Catalog) {
        format = "mestring-catalog"
        version = 2
        info = catalog.info
        providers = catalog.providers
        offers = catalog.offers
        people = catalog.people
        pathways = catalog.pathways
        programmes = catalog.programmes
        evaluations = catalog.evaluations
    }
}
