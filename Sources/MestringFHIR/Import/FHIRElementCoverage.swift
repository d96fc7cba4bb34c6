import Foundation
import MestringAdapterKit

/// Finds the elements of the input that the resource models did not read, so that an import can
/// report them instead of losing them silently.
///
/// `JSONDecoder` ignores members a model does not declare (a HealthcareService's `photo`, an
/// extension's `valueAddress`). The input's member paths are reduced to shapes (the resource
/// type and the member names, without array indices); a shape the models understood is written
/// again when the resource it first occurs in is encoded, so only those few resources are
/// encoded. Every input member of a shape that is not written back is reported, once per
/// occurrence, at its outermost unread element.
enum FHIRElementCoverage {
    typealias Path = [JSONSourceMap.PathComponent]

    /// Where the resources are in the input: `entry[i].resource` in a bundle, `[i]` in the array
    /// the NDJSON lines make.
    enum Layout {
        case bundle, array

        /// The resource index and where its own path starts, for a member path of the input.
        func resource(of path: Path) -> (index: Int, start: Int)? {
            switch self {
            case .bundle:
                guard path.count >= 3, path[0] == .key("entry"), case .index(let index) = path[1], path[2] == .key("resource") else { return nil }
                return (index, 3)
            case .array:
                guard case .index(let index)? = path.first else { return nil }
                return (index, 1)
            }
        }
    }

    /// Every unread element as (resource index or `nil` for the bundle, resource type, path).
    static func unreadElements(
        input: [UInt8], layout: Layout, resourceType: (Int) -> String, encodeResource: (Int) -> Data?, encodeDocument: () -> Data?
    ) -> [(index: Int?, type: String, path: String)] {
        var firstOccurrences: [(shape: String, index: Int?)] = []
        var seen = Set<String>()
        visit(input, layout, resourceType) { shape, index, _ in
            if seen.insert(shape).inserted { firstOccurrences.append((shape, index)) }
        }
        var written = Set<String>()
        var encoded = Set<Int>()
        var documentEncoded = false
        var unread = Set<String>()
        for occurrence in firstOccurrences where !written.contains(occurrence.shape) {
            if let index = occurrence.index {
                if encoded.insert(index).inserted, let data = encodeResource(index) {
                    collectShapes(Array(data), prefix: resourceType(index), into: &written)
                }
            } else if !documentEncoded, let data = encodeDocument() {
                documentEncoded = true
                var scanner = JSONScanner(bytes: Array(data))
                var path: Path = []
                scanner.skipWhitespace()
                _ = try? scanner.visitMembers(path: &path) { member in
                    if layout.resource(of: member) == nil { written.insert(shape("Bundle", member[...])) }
                    return true
                }
            }
            if !written.contains(occurrence.shape) { unread.insert(occurrence.shape) }
        }
        guard !unread.isEmpty else { return [] }
        var result: [(index: Int?, type: String, path: String)] = []
        visit(input, layout, resourceType) { shape, index, path in
            guard unread.contains(shape) else { return }
            let parent = shape.split(separator: ".").dropLast().joined(separator: ".")
            guard !unread.contains(parent) else { return }
            result.append((index, index.map(resourceType) ?? "Bundle", JSONSourceMap.fieldPath(Array(path))))
        }
        return result
    }

    /// Calls `body` with the shape, resource index and resource-relative path of every member.
    private static func visit(_ input: [UInt8], _ layout: Layout, _ resourceType: (Int) -> String, _ body: (String, Int?, ArraySlice<JSONSourceMap.PathComponent>) -> Void) {
        var scanner = JSONScanner(bytes: input)
        var path: Path = []
        scanner.skipWhitespace()
        _ = try? scanner.visitMembers(path: &path) { member in
            if let (index, start) = layout.resource(of: member) {
                if member.count > start { body(shape(resourceType(index), member[start...]), index, member[start...]) }
            } else {
                body(shape("Bundle", member[...]), nil, member[...])
            }
            return true
        }
    }

    private static func collectShapes(_ bytes: [UInt8], prefix: String, into written: inout Set<String>) {
        var scanner = JSONScanner(bytes: bytes)
        var path: Path = []
        scanner.skipWhitespace()
        _ = try? scanner.visitMembers(path: &path) { member in
            written.insert(shape(prefix, member[...]))
            return true
        }
    }

    /// `HealthcareService.eligibility.code.coding.system`.
    private static func shape(_ type: String, _ path: ArraySlice<JSONSourceMap.PathComponent>) -> String {
        var text = type
        for component in path {
            if case .key(let key) = component { text += "." + key }
        }
        return text
    }
}
