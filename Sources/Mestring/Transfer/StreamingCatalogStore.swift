/// A store that can replace its whole content with what a ``CatalogRecordSource`` hands over,
/// record by record, without the catalogue ever being held in memory whole.
///
/// `mestring convert katalog.json katalog.sqlite` uses it: a national file is read and written one
/// record at a time, so the conversion holds the file's text but not a second, decoded copy.
///
/// Requirements for implementations, on top of ``CatalogStore``'s:
/// - `save(from:)` leaves the store holding exactly what `save(_:)` of the loaded catalogue would
///   (`load()` afterwards gives the same ``Catalog``);
/// - it is as atomic as `save(_:)`: when the source or the store throws, or the process dies,
///   the previous content is still there;
/// - the source's error reaches the caller unchanged.
public protocol StreamingCatalogStore: CatalogStore {
    /// Replaces the whole catalogue with what `source` hands over, atomically.
    /// - Throws: what the source throws (its ``StoreError`` unchanged), or the store's own
    ///   ``StoreError``; the previous content is kept either way.
    func save(from source: some CatalogRecordSource) async throws
}
