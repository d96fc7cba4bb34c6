import Dispatch
import Foundation
import MestringAdapterKit

/// Resources written one a line (NDJSON's resources, a bundle's entries) read as the elements of
/// one array: checked and read in parts of consecutive lines (``JSONLinedArray``), one part per
/// processor, so that the structure check and the reading of a large file use every core.
///
/// The parts are put together in line order, with each unread member's path numbered as in the
/// one array, so the result is what one sequential read of the array gives. `nil` when any part
/// is not valid JSON or a line does not hold exactly one value: the caller then reads the text
/// the slow way, which finds the first error and words it with its place.
struct FHIRLineArray {
    /// The resources' lines.
    let lines: JSONLinedArray
    /// Reads one element.
    let element: (JSONNode) throws -> FHIRBundle.Entry
    /// The size of the batches each part reads its lines in (``JSONLinedArray/batches(of:bytes:)``).
    var batchBytes = JSONLinedArray.batchBytes

    /// Below this many lines the text is read in one part: starting threads costs more.
    private static var partedFromLines: Int { 1024 }

    /// Resources read, and the paths of the members no reader used (`[i]…` for line `i`).
    typealias Read = (elements: [FHIRBundle.Entry], unread: [FHIRElementCoverage.Path])

    /// The elements, and the paths of the members no reader used (`[i]…` for line `i`).
    func read() -> Read? {
        let count = lines.elements.count
        let parts = lines.parts(count < Self.partedFromLines ? 1 : ProcessInfo.processInfo.activeProcessorCount)
        var results = [Read?](repeating: nil, count: parts.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each part writes only its own slot.
            nonisolated(unsafe) let buffer = buffer
            nonisolated(unsafe) let reader = self
            DispatchQueue.concurrentPerform(iterations: parts.count) { part in
                buffer[part] = reader.read(parts[part])
            }
        }
        guard results.allSatisfy({ $0 != nil }) else { return nil }
        if parts.count == 1, let result = results[0].take() { return result }
        var whole: Read = ([], [])
        whole.elements.reserveCapacity(count)
        for part in parts.indices {
            guard var result = results[part].take() else { return nil }
            Self.append(&result, from: parts[part].lowerBound, to: &whole)
        }
        return whole
    }

    /// The lines `range`, or `nil`, with paths numbered from the range's first line. They are
    /// read a megabyte at a time, each batch one array (``JSONLinedArray/batches(of:bytes:)``).
    private func read(_ range: Range<Int>) -> Read? {
        var whole: Read = ([], [])
        whole.elements.reserveCapacity(range.count)
        for batch in lines.batches(of: range, bytes: batchBytes) {
            guard let document = lines.document(batch),
                let read = try? document.read({ root in try root.list(element) }),
                read.value.count == batch.count
            else { return nil }
            var part: Read = (read.value, read.unusedMembers)
            Self.append(&part, from: batch.lowerBound - range.lowerBound, to: &whole)
        }
        return whole
    }

    /// Appends what `part` read to `whole`, its resources moved, not copied (a copy costs a
    /// reference count per element), and its paths numbered from line `start`.
    private static func append(_ part: inout Read, from start: Int, to whole: inout Read) {
        for index in part.elements.indices {
            whole.elements.append(FHIRBundle.Entry(fullUrl: part.elements[index].fullUrl, resource: part.elements[index].resource.take()))
        }
        whole.unread += part.unread.map { path in
            guard case .index(let index)? = path.first else { return path }
            return [.index(start + index)] + path.dropFirst()
        }
    }
}
