import Foundation

/// An array whose elements are written one a line, as Mestring writes a FHIR bundle's entries,
/// an HSDS page's organisations and NDJSON's resources: checked and read in parts of consecutive
/// lines, one part per processor, each part as a document of its own.
///
/// A line break never occurs inside a JSON string (it must be escaped there), so the lines can be
/// found without reading the text, and the elements of lines `i..<j` joined as `[…,…]` make a
/// document that reads exactly as those elements read within the whole.
package struct JSONLinedArray: Sendable {
    /// The bytes of each element, without its line break or separating comma.
    package let elements: [Range<Int>]
    /// The text the elements lie in.
    package let data: Data

    /// The elements of `data` written one a line.
    package init(elements: [Range<Int>], of data: Data) {
        self.elements = elements
        self.data = data
    }

    /// The array that is the member `key` of an object written as Mestring writes it: the first
    /// line opens the object and ends with `"key":[`, each element is on a line of its own with a
    /// comma after all but the last, and the last line is `]}`. The text is then valid exactly
    /// when the first line closed by `]}` and the elements as one array are, and reads the same.
    ///
    /// - Returns: the first line closed by `]}` (the object without its elements) and the array;
    ///   `nil` for any other layout.
    package static func member(_ key: String, of data: Data) -> (head: Data, array: JSONLinedArray)? {
        let layout: (head: Data, elements: [Range<Int>])? = data.withUnsafeBytes { raw in
            let lines = lines(of: raw)
            guard lines.count >= 2, raw[lines[lines.count - 1]].elementsEqual("]}".utf8) else { return nil }
            let head = raw[lines[0]]
            let opening = Array("\"\(key)\":[".utf8)
            let name = Array("\"\(key)\"".utf8)
            guard head.count >= opening.count, head.suffix(opening.count).elementsEqual(opening),
                head.indices.filter({ raw[$0...].starts(with: name) }).count == 1
            else { return nil }
            var elements = Array(lines[1..<(lines.count - 1)])
            for index in elements.indices {
                guard !elements[index].isEmpty else { return nil }
                let endsWithComma = raw[elements[index].upperBound - 1] == UInt8(ascii: ",")
                guard endsWithComma == (index < elements.count - 1) else { return nil }
                if endsWithComma { elements[index] = elements[index].lowerBound..<(elements[index].upperBound - 1) }
            }
            return (Data(head) + Data("]}".utf8), elements)
        }
        return layout.map { ($0.head, JSONLinedArray(elements: $0.elements, of: data)) }
    }

    /// The bytes of each line of `raw`, without its line break, from the first line on (a
    /// line break at the very end starts no line).
    package static func lines(of raw: UnsafeRawBufferPointer) -> [Range<Int>] {
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

    /// The elements split into `count` runs of consecutive elements of about equal size in bytes
    /// (``EqualByteRuns``), so that the parts read side by side finish together. Fewer runs when
    /// there are fewer elements.
    package func parts(_ count: Int) -> [Range<Int>] {
        EqualByteRuns.runs(count, starts: elements.map(\.lowerBound), end: elements.last?.upperBound ?? 0)
    }

    /// The bytes a batch of lines reaches before it is closed (``batches(of:bytes:)``): small
    /// enough that its copy reuses memory freed by the batch before (under the C library's
    /// threshold for mapping fresh pages, which rises to the largest block freed), large enough
    /// that a document per batch costs nothing.
    package static let batchBytes = 1 << 20

    /// `run` of the elements cut into consecutive batches of at least `bytes` each (the last one
    /// smaller), each at least one element, to be read one ``document(_:)`` at a time, each gone
    /// before the next is made. One document of half a national feed was a fresh copy of 180 MB,
    /// and the kernel's zeroing of its new pages cost as much as a tenth of an import, where a
    /// batch of a megabyte reuses the memory of the one before.
    package func batches(of run: Range<Int>, bytes: Int = batchBytes) -> [Range<Int>] {
        var batches: [Range<Int>] = []
        var start = run.lowerBound
        var size = 0
        for index in run {
            size += elements[index].count
            if size >= bytes || index == run.upperBound - 1 {
                batches.append(start..<(index + 1))
                start = index + 1
                size = 0
            }
        }
        return batches
    }

    /// The elements `range` as one array `[…,…]`, checked; `nil` when they are not valid JSON or
    /// not exactly one value each.
    package func document(_ range: Range<Int>) -> JSONDocument? {
        // Written in one pass into a buffer of the final size, left uninitialised until then:
        // appending to `Data` element by element checks its storage on every append, and
        // `Data(count:)` zeroes every byte before they are all overwritten.
        let count = elements[range].reduce(2 + max(range.count - 1, 0)) { $0 + $1.count }
        let target = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 1)
        data.withUnsafeBytes { raw in
            target[0] = UInt8(ascii: "[")
            var offset = 1
            for index in range {
                if index > range.lowerBound {
                    target[offset] = UInt8(ascii: ",")
                    offset += 1
                }
                let element = UnsafeRawBufferPointer(rebasing: raw[elements[index]])
                UnsafeMutableRawBufferPointer(rebasing: target[offset..<(offset + element.count)]).copyMemory(from: element)
                offset += element.count
            }
            target[offset] = UInt8(ascii: "]")
        }
        let joined = Data(bytesNoCopy: target.baseAddress!, count: count, deallocator: .custom { pointer, _ in pointer.deallocate() })
        guard let document = try? JSONDocument(joined), (try? document.read { try $0.elementCount() })?.value == range.count else { return nil }
        return document
    }
}
