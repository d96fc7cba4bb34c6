/// A catalogue in memory is a source too, so that a store writes a whole catalogue and a streamed
/// one through the same code, and both give the same content.
extension Catalog: CatalogRecordSource {
    /// Hands over the info, then every record kind in turn in its order, then the sources.
    public func send(to sink: inout some CatalogRecordSink) throws {
        try sink.take(info)
        for provider in providers { try sink.take(provider) }
        for person in people { try sink.take(person) }
        for offer in offers { try sink.take(offer) }
        for pathway in pathways { try sink.take(pathway) }
        for programme in programmes { try sink.take(programme) }
        for evaluation in evaluations { try sink.take(evaluation) }
        try sink.take(sources)
    }
}
