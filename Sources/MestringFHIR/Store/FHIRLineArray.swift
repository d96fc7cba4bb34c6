import Dispatch
import Foundation
import MestringAdapterKit

/// Lines of a text that each hold one JSON value (NDJSON's resources, a bundle's entries written
/// one a line) read as the elements of one array `[line1,line2,…]`: checked and read in parts
/// of consecutive lines, one part per processor, so that the structure check and the reading of
/// a large file use every core.
///
/// The parts are put together in line order, with each unread member's path numbered as in the
/// one array, so the result is what one sequential read of the array gives. `nil` when any part
/// is not valid JSON or a line does not hold exactly one value: the caller then reads the text
/// the slow way, which finds the first error and words it with its place.
struct FHIRLineArray {
    /// The bytes of each line's value, without its line break or separating comma.
    let lines: [Range<Int>]
    /// Reads one element.
    let element: (JSONNode) throws -> FHIRBundle.Entry

    /// Below this many lines the text is read in one part: starting threads costs more.
    private static var partedFromLines: Int { 1024 }

    /// The elements, and the paths of the members no reader used (`[i]…` for line `i`).
    func read(_ data: Data) -> (elements: [FHIRBundle.Entry], unread: [FHIRElementCoverage.Path])? {
        let parts = lines.count < Self.partedFromLines ? 1 : ProcessInfo.processInfo.activeProcessorCount
        let perPart = (lines.count + parts - 1) / max(parts, 1)
        var results = [(elements: [FHIRBundle.Entry], unread: [FHIRElementCoverage.Path])?](repeating: nil, count: parts)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each part writes only its own slot.
            nonisolated(unsafe) let buffer = buffer
            nonisolated(unsafe) let reader = self
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let start = min(part * perPart, reader.lines.count)
                buffer[part] = reader.read(data, lines: start..<min(start + perPart, reader.lines.count))
            }
        }
        guard results.allSatisfy({ $0 != nil }) else { return nil }
        if parts == 1, let result = results[0].take() { return result }
        var elements: [FHIRBundle.Entry] = []
        elements.reserveCapacity(lines.count)
        var unread: [FHIRElementCoverage.Path] = []
        for part in 0..<parts {
            guard var result = results[part].take() else { return nil }
            let start = min(part * perPart, lines.count)
            // The resources are moved, not copied: a copy costs a reference count per element.
            for index in result.elements.indices {
                elements.append(FHIRBundle.Entry(fullUrl: result.elements[index].fullUrl, resource: result.elements[index].resource.take()))
            }
            unread += result.unread.map { path in
                guard case .index(let index)? = path.first else { return path }
                return [.index(start + index)] + path.dropFirst()
            }
        }
        return (elements, unread)
    }

    /// The bytes of each line of `raw`, without its line break, from the first line on (a
    /// line break at the very end starts no line).
    static func lines(of raw: UnsafeRawBufferPointer) -> [Range<Int>] {
        guard let base = raw.baseAddress else { return [] }
        var lines: [Range<Int>] = []
        var start = 0
        while start < raw.count {
            let end = memchr(base + start, Int32(UInt8(ascii: "\n")), raw.count - start).map { UnsafeRawPointer($0) - base } ?? raw.count
            lines.append(start..<end)
            start = end + 1
        }
        return lines
    }

    /// The lines `range` as one array, or `nil`.
    private func read(_ data: Data, lines range: Range<Int>) -> (elements: [FHIRBundle.Entry], unread: [FHIRElementCoverage.Path])? {
        // Written in one pass into a buffer of the final size: appending to `Data` line by line
        // checks its storage on every append.
        var joined = Data(count: lines[range].reduce(2 + max(range.count - 1, 0)) { $0 + $1.count })
        joined.withUnsafeMutableBytes { target in
            data.withUnsafeBytes { raw in
                target[0] = UInt8(ascii: "[")
                var offset = 1
                for index in range {
                    if index > range.lowerBound {
                        target[offset] = UInt8(ascii: ",")
                        offset += 1
                    }
                    let line = UnsafeRawBufferPointer(rebasing: raw[lines[index]])
                    UnsafeMutableRawBufferPointer(rebasing: target[offset..<(offset + line.count)]).copyMemory(from: line)
                    offset += line.count
                }
                target[offset] = UInt8(ascii: "]")
            }
        }
        guard let document = try? JSONDocument(joined),
            let read = try? document.read({ root in try root.list(element) }),
            read.value.count == range.count
        else { return nil }
        return (read.value, read.unusedMembers)
    }
}
