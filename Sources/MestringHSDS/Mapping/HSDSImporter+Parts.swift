import Foundation
import Mestring
import MestringAdapterKit

extension HSDSImporter {
    /// A later part met a service with an organisation embedded in it, which an earlier part may
    /// have read already: only one pass can tell, so the document is read again in one.
    struct ReadsEarlierPart: Error {}

    /// A run of lines that is not JSON, or not one value a line.
    private struct NotOneValueALine: Error {}

    /// Reads `document` in `parts` runs of consecutive organisations or services at once, one
    /// per processor, and puts them together as one pass would have them: the same catalogue,
    /// the report in document order, and the error of the earliest part that fails.
    ///
    /// The parts share nothing while they read: each has its own read of the one checked
    /// document. What one part could learn from an earlier one (the providers read, for a
    /// service that embeds its organisation) makes a later part stop and the document be read
    /// in one pass; Mestring's own documents never embed one.
    static func reading(_ document: JSONDocument, parts: Int) throws -> HSDSImporter {
        guard parts > 1 else { return try reading(document, part: 0, of: 1) }
        do {
            return try joined(parts) { part in try reading(document, part: part, of: parts) }
        } catch is ReadsEarlierPart {
            return try reading(document, part: 0, of: 1)
        }
    }

    /// Reads a page of organisations written one a line, as Mestring writes it, in `parts` runs
    /// of lines of about equal size, each run checked and read as a document of its own on its
    /// own processor: the check of the text, which one document makes on one processor, is then
    /// shared out too (``JSONLinedArray``).
    ///
    /// - Returns: the importer, as one pass would have it; `nil` for another layout and when
    ///   anything fails to read, so that reading the text as one document finds the first error
    ///   and words it with its place.
    ///
    /// Each run is read a few lines at a time (``JSONLinedArray/batches(of:bytes:)``).
    static func readingLines(_ data: Data, parts: Int, batchBytes: Int = JSONLinedArray.batchBytes) -> HSDSImporter? {
        guard let (head, lines) = JSONLinedArray.member("contents", of: data), (try? JSONDocument(head)) != nil else { return nil }
        let runs = lines.parts(parts)
        return try? joined(runs.count) { part in
            var importer = HSDSImporter(isLaterPart: part > 0)
            for batch in lines.batches(of: runs[part], bytes: batchBytes) {
                guard let document = lines.document(batch) else { throw NotOneValueALine() }
                _ = try document.read { root in
                    var items: [(JSONNode, HSDSPlace)] = []
                    items.reserveCapacity(batch.count)
                    try root.elements { items.append(($0, HSDSPlace(path: "contents[\(batch.lowerBound + items.count)]"))) }
                    try importer.read(items[...])
                }
            }
            return importer
        }
    }

    /// Reads `parts` parts side by side with `read`, then puts them together in order; the
    /// error of the earliest part that fails, if any.
    private static func joined(_ parts: Int, _ read: @Sendable (Int) throws -> HSDSImporter) throws -> HSDSImporter {
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<Result<HSDSImporter, any Error>>.allocate(capacity: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            results.initializeElement(at: part, to: Result { try read(part) })
        }
        // Each part is moved out, so that the first one's records are added to, not copied.
        var taken = 0
        defer {
            UnsafeMutableBufferPointer(rebasing: results[taken...]).deinitialize()
            results.deallocate()
        }
        func next() throws -> HSDSImporter {
            taken += 1
            return try results.moveElement(from: taken - 1).get()
        }
        var whole = try next()
        while taken < parts { whole.append(try next()) }
        return whole
    }

    /// Reads part `part` of `parts` of `document` with an importer of its own.
    private static func reading(_ document: JSONDocument, part: Int, of parts: Int) throws -> HSDSImporter {
        var importer = HSDSImporter(isLaterPart: part > 0)
        _ = try document.read { root in try importer.read(root, part: part, of: parts, textLength: document.data.count) }
        return importer
    }
}
