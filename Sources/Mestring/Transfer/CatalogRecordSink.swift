/// Takes a catalogue's parts one at a time, as a ``CatalogRecordSource`` hands them over, so that a
/// catalogue can move from one store to another without ever being held whole in memory.
///
/// A national catalogue of 100,000 offers is about 250 MB of JSON; loading it as a ``Catalog`` and
/// then saving that holds the file and the catalogue at once. A sink writes each record as it
/// comes instead (``StreamingCatalogStore`` makes one inside its atomic save).
///
/// What a sink can rely on:
/// - every record arrives once, and records of one kind arrive in the catalogue's order, repeated
///   identifiers included, so that the sink keeps the order a ``RecordCollection`` keeps;
/// - the kinds may come in any order, and may interleave, as a file lists them;
/// - ``take(_:)-(CatalogInfo)`` and ``take(_:)-(RecordSources)`` come at most once each, at any point;
///   what does not come is empty.
///
/// A sink never decides whether the transfer succeeds: when the source throws, the store that made
/// the sink discards everything it took.
public protocol CatalogRecordSink {
    /// Takes what the catalogue is and who publishes it.
    mutating func take(_ info: CatalogInfo) throws
    /// Takes the next provider.
    mutating func take(_ provider: Provider) throws
    /// Takes the next offer.
    mutating func take(_ offer: Offer) throws
    /// Takes the next person.
    mutating func take(_ person: Person) throws
    /// Takes the next pathway.
    mutating func take(_ pathway: Pathway) throws
    /// Takes the next programme.
    mutating func take(_ programme: Programme) throws
    /// Takes the next evaluation.
    mutating func take(_ evaluation: Evaluation) throws
    /// Takes where each record came from.
    mutating func take(_ sources: RecordSources) throws
}
