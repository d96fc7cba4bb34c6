/// A record a catalogue holds by identifier: ``Provider``, ``Offer``, ``Person``, ``Pathway``,
/// ``Programme`` or ``Evaluation``.
///
/// The protocol lets stores offer one generic `fetch`/`upsert`/`delete` instead of one set per kind.
/// It is closed: the SDK's record types conform, integrators do not add their own.
public protocol CatalogRecord: Identifiable, Hashable, Sendable, Codable where ID == Identifier<Self> {
    /// Which kind of record this is.
    static var recordKind: RecordKind { get }
    /// Where records of this type live in a ``Catalog``.
    static var catalogKeyPath: WritableKeyPath<Catalog, RecordCollection<Self>> { get }
}
