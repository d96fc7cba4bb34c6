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

    /// Below this many lines the text is read in one part: starting threads costs more.
    private static var partedFromLines: Int { 1024 }

    /// The elements, and the paths of the members no reader used (`[i]…` for line `i`).
    func read() -> (elements: [FHIRBundle.Entry], unread: [FHIRElementCoverage.Path])? {
        let count = lines.elements.count
        let parts = lines.parts(count < Self.partedFromLines ? 1 : ProcessInfo.processInfo.activeProcessorCount)
        var results = [(elements: [FHIRBundle.Entry], unread: [FHIRElementCoverage.Path])?](repeating: nil, count: parts.count)
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
        var elements: [FHIRBundle.Entry] = []
        elements.reserveCapacity(count)
        var unread: [FHIRElementCoverage.Path] = []
        for part in parts.indices {
            guard var result = results[part].take() else { return nil }
            // The resources are moved, not copied: a copy costs a reference count per element.
            for index in result.elements.indices {
                elements.append(FHIRBundle.Entry(fullUrl: result.elements[index].fullUrl, resource: result.elements[index].resource.take()))
            }
            unread += result.unread.map { path in
                guard case .index(let index)? = path.first else { return path }
                return [.index(parts[part].lowerBound + index)] + path.dropFirst()
            }
        }
        return (elements, unread)
    }

    /// The lines `range` as one array, or `nil`.
    private func read(_ range: Range<Int>) -> (elements: [FHIRBundle.Entry], unread: [FHIRElementCoverage.Path])? {
        guard let document = lines.document(range),
            let read = try? document.read({ root in try root.list(element) }),
            read.value.count == range.count
        else { return nil }
        return (read.value, read.unusedMembers)
    }
}
