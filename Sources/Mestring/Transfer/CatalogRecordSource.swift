/// A catalogue that can hand its parts to a ``CatalogRecordSink`` one at a time, without building
/// a ``Catalog`` first: the reading half of a transfer that never holds two copies of a catalogue.
///
/// `MestringJSON`'s file reads each record of its arrays and hands it on; a ``Catalog`` in memory
/// hands over what it holds. ``StreamingCatalogStore/save(from:)`` is where a source meets a sink.
///
/// Requirements for implementations:
/// - hand over exactly what loading the catalogue would give: every record once, the records of
///   each kind in the catalogue's order, repeated identifiers included, and the info and sources
///   (see ``CatalogRecordSink`` for what may come in which order);
/// - fail as a load fails, with the same ``StoreError`` (file, line:column, field), also when the
///   broken record comes after others were handed over: the sink's store then keeps its previous
///   content;
/// - a source may be read more than once; each call hands over the whole catalogue again.
public protocol CatalogRecordSource: Sendable {
    /// Hands every part of the catalogue to `sink`, in the order the source holds them.
    /// - Throws: ``StoreError``, as loading the catalogue throws it, or what the sink throws.
    func send(to sink: inout some CatalogRecordSink) throws
}
