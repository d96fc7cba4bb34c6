import Foundation
import Mestring
import MestringAdapterKit

extension CatalogDocumentReader {
    /// A run of consecutive offers that one part reads, and the place in the catalogue's array
    /// of offers where they go: the parts fill disjoint ranges of one array, which is never copied.
    struct OfferRun {
        /// The indices of the run's offers among all of them.
        let range: Range<Int>
        /// The first offer of the whole array; the run fills `range` of it.
        let target: UnsafeMutablePointer<Offer>
        /// How many of the run's offers are in place, for cleaning up after an error.
        let filled: UnsafeMutablePointer<Int>
    }

    /// The catalogue below which one processor reads the whole document: splitting costs a walk
    /// of the offers per part, which pays only on large files.
    static let partsThreshold = 1 << 20

    /// How many parts read a text of `bytes`.
    static func parts(forBytes bytes: Int) -> Int {
        bytes < partsThreshold ? 1 : ProcessInfo.processInfo.activeProcessorCount
    }

    /// Reads the whole document, the offers in `parts` runs of about equal size side by side,
    /// one per processor, and the rest with the first run.
    ///
    /// A national catalogue written on one line by a script has no lines to split it by, and
    /// its 100,000 offers were most of a load on one processor while the other waited. Here the
    /// first part reads the document as ``document(_:offers:)`` does, and each other part finds
    /// the offers and reads only its run (``JSONDocument/read(parts:_:)``): the same catalogue,
    /// the same unknown members in document order, and any error makes the whole read fail, as
    /// when it is read in one.
    static func read(_ document: JSONDocument, parts: Int) throws -> JSONDocument.Decoded<CatalogDocument> {
        let starts = parts > 1 ? try document.read { root in try offerStarts(root) }.value : nil
        guard let starts, starts.count >= parts else { return try document.read { try Self.document($0) } }
        // The last offer's end is not known without reading it: taken as an average offer.
        let end = starts[starts.count - 1] + (starts[starts.count - 1] - starts[0]) / (starts.count - 1)
        let runs = EqualByteRuns.runs(parts, starts: starts, end: end)
        var read: JSONDocument.Decoded<[CatalogDocument?]>?
        let offers = try [Offer](unsafeUninitializedCapacity: starts.count) { buffer, initialized in
            let filled = UnsafeMutableBufferPointer<Int>.allocate(capacity: runs.count)
            filled.initialize(repeating: 0)
            defer { filled.deallocate() }
            nonisolated(unsafe) let (target, counts) = (buffer.baseAddress!, filled.baseAddress!)
            do {
                read = try document.read(parts: runs.count) { part, root in
                    let run = OfferRun(range: runs[part], target: target, filled: counts + part)
                    if part == 0 { return try Self.document(root, offers: run) }
                    guard let offers = try root.member("offers") else { throw DecodingError.valueNotFound(Offer.self, .init(codingPath: [], debugDescription: "no offers")) }
                    try Self.offers(offers, run)
                    return nil
                }
            } catch {
                for (part, run) in runs.enumerated() { (target + run.lowerBound).deinitialize(count: filled[part]) }
                throw error
            }
            initialized = starts.count
        }
        var value = read!.value[0]!
        value.offers = RecordCollection(offers)
        return JSONDocument.Decoded(value: value, unusedMembers: read!.unusedMembers)
    }

    /// Where each offer starts in the text; `nil` when the document has no array of offers.
    private static func offerStarts(_ root: JSONNode) throws -> [Int]? {
        guard root.isObject, let offers = try root.member("offers"), offers.isArray else { return nil }
        var starts: [Int] = []
        try offers.elements { starts.append($0.textOffset) }
        return starts
    }

    /// Reads the offers of `run` from the array `node` into their place.
    static func offers(_ node: JSONNode, _ run: OfferRun) throws {
        let lists = SharedLists()
        var index = 0
        try node.elements { element in
            defer { index += 1 }
            guard run.range.contains(index) else { return }
            (run.target + index).initialize(to: try offer(element, sharing: lists))
            run.filled.pointee += 1
        }
        guard run.filled.pointee == run.range.count else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "the offers changed between two walks"))
        }
    }
}
