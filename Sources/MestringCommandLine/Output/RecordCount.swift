import Foundation
import Mestring

/// Counts the records a ``Mestring/CatalogRecordSource`` hands over on their way to a sink, so that
/// `convert` can say how much it wrote when no ``Mestring/Catalog`` was ever built to count.
final class RecordCount: @unchecked Sendable {
    // Safety: `offers` and `records` are only touched with `lock` held.
    private let lock = NSLock()
    private var counted = (offers: 0, records: 0)

    /// The offers and all records counted so far.
    var value: (offers: Int, records: Int) { lock.withLock { counted } }

    /// A source that hands over what `source` does and counts it here.
    func counting(_ source: some CatalogRecordSource) -> some CatalogRecordSource { CountedSource(base: source, count: self) }

    private func add(offers: Int, records: Int) {
        lock.withLock { counted = (counted.offers + offers, counted.records + records) }
    }

    private struct CountedSource<Base: CatalogRecordSource>: CatalogRecordSource {
        let base: Base
        let count: RecordCount

        func send(to sink: inout some CatalogRecordSink) throws {
            var counting = CountingSink(base: sink)
            defer {
                sink = counting.base
                count.add(offers: counting.offers, records: counting.records)
            }
            try base.send(to: &counting)
        }
    }

    private struct CountingSink<Base: CatalogRecordSink>: CatalogRecordSink {
        var base: Base
        var offers = 0
        var records = 0

        mutating func take(_ info: CatalogInfo) throws { try base.take(info) }
        mutating func take(_ provider: Provider) throws { try base.take(provider); records += 1 }
        mutating func take(_ offer: Offer) throws { try base.take(offer); offers += 1; records += 1 }
        mutating func take(_ person: Person) throws { try base.take(person); records += 1 }
        mutating func take(_ pathway: Pathway) throws { try base.take(pathway); records += 1 }
        mutating func take(_ programme: Programme) throws { try base.take(programme); records += 1 }
        mutating func take(_ evaluation: Evaluation) throws { try base.take(evaluation); records += 1 }
        mutating func take(_ sources: RecordSources) throws { try base.take(sources) }
    }
}
