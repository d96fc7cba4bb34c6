/// A store over a file that can hand its records on one at a time hands them on the same way, so
/// that a command holding only a store can still convert without loading the catalogue whole.
extension FileCatalogStore: CatalogRecordSource where File: CatalogRecordSource {
    /// Hands the file's records to `sink` as the file reads them. `nonisolated`: it reads the file
    /// only, as ``load()`` does, and changes nothing of the store.
    public nonisolated func send(to sink: inout some CatalogRecordSink) throws { try file.send(to: &sink) }
}
