import Foundation
import Mestring
import MestringAdapterKit

extension HSDSImporter {
    /// A later part met a service with an organisation embedded in it, which an earlier part may
    /// have read already: only one pass can tell, so the document is read again in one.
    struct ReadsEarlierPart: Error {}

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
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<Result<HSDSImporter, any Error>>.allocate(capacity: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            results.initializeElement(at: part, to: Result { try reading(document, part: part, of: parts) })
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
        do {
            var whole = try next()
            while taken < parts { whole.append(try next()) }
            return whole
        } catch is ReadsEarlierPart {
            return try reading(document, part: 0, of: 1)
        }
    }

    /// Reads part `part` of `parts` of `document` with an importer of its own.
    private static func reading(_ document: JSONDocument, part: Int, of parts: Int) throws -> HSDSImporter {
        var importer = HSDSImporter(isLaterPart: part > 0)
        _ = try document.read { root in try importer.read(root, part: part, of: parts, textLength: document.data.count) }
        return importer
    }
}
