import Mestring

/// A sink that builds the catalogue it is handed, so that a test can compare what a source sends
/// with what a load gives.
struct CatalogCollector: CatalogRecordSink {
    private var info = CatalogInfo()
    private var providers: [Provider] = []
    private var offers: [Offer] = []
    private var people: [Person] = []
    private var pathways: [Pathway] = []
    private var programmes: [Programme] = []
    private var evaluations: [Evaluation] = []
    private var sources = RecordSources()
    /// How many times info and sources were handed over; each may come once.
    private(set) var infoCount = 0
    private(set) var sourcesCount = 0

    mutating func take(_ info: CatalogInfo) throws { self.info = info; infoCount += 1 }
    mutating func take(_ provider: Provider) throws { providers.append(provider) }
    mutating func take(_ offer: Offer) throws { offers.append(offer) }
    mutating func take(_ person: Person) throws { people.append(person) }
    mutating func take(_ pathway: Pathway) throws { pathways.append(pathway) }
    mutating func take(_ programme: Programme) throws { programmes.append(programme) }
    mutating func take(_ evaluation: Evaluation) throws { evaluations.append(evaluation) }
    mutating func take(_ sources: RecordSources) throws { self.sources = sources; sourcesCount += 1 }

    /// The catalogue handed over.
    var catalog: Catalog {
        Catalog(
            info: info, providers: RecordCollection(providers), offers: RecordCollection(offers), people: RecordCollection(people),
            pathways: RecordCollection(pathways), programmes: RecordCollection(programmes),
            evaluations: RecordCollection(evaluations), sources: sources)
    }
}
