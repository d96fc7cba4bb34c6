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
        var scanner = JSONScanner(bytes: input)
        scanner.skipWhitespace()
        try? walkDocument(&scanner, layout, resourceType) { shape, index in
            if seen.insert(shape).inserted { firstOccurrences.append((shape, index)) }
        }
        var written = Set<String>()
        var encoded = Set<Int>()
        var documentEncoded = false
        var unread = Set<String>()
        for occurrence in firstOccurrences where !written.contains(occurrence.shape) {
            if let index = occurrence.index {
                if encoded.insert(index).inserted, let data = encodeResource(index) {
                    var resource = JSONScanner(bytes: Array(data))
                    resource.skipWhitespace()
                    try? walkShapes(&resource, resourceType(index)) { shape in written.insert(shape) }
                }
            } else if !documentEncoded, let data = encodeDocument() {
                documentEncoded = true
                var document = JSONScanner(bytes: Array(data))
                document.skipWhitespace()
                try? walkDocument(&document, layout, { _ in "" }) { shape, index in
                    if index == nil { written.insert(shape) }
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

    /// Calls `body` with the shape and resource index of every member that carries data: one
    /// pass, one string per member, no paths (this runs over every import).
    private static func walkDocument(
        _ scanner: inout JSONScanner, _ layout: Layout, _ resourceType: (Int) -> String, _ body: (String, Int?) -> Void
    ) throws(JSONScanner.Failure) {
        switch layout {
        case .array:
            _ = try scanner.walkChildren { (element: inout JSONScanner, component) throws(JSONScanner.Failure) -> Bool in
                guard case .index(let index) = component else {
                    try element.skipValue()
                    return true
                }
                try walkShapes(&element, resourceType(index)) { body($0, index) }
                return true
            }
        case .bundle:
            _ = try scanner.walkChildren { (member: inout JSONScanner, component) throws(JSONScanner.Failure) -> Bool in
                guard case .key(let key) = component else {
                    try member.skipValue()
                    return true
                }
                let shape = "Bundle." + key
                if member.valueCarriesData { body(shape, nil) }
                guard key == "entry", member.isAtContainer else {
                    try walkShapes(&member, shape) { body($0, nil) }
                    return true
                }
                _ = try member.walkChildren { (entry: inout JSONScanner, position) throws(JSONScanner.Failure) -> Bool in
                    guard case .index(let index) = position else {
                        try entry.skipValue()
                        return true
                    }
                    guard entry.isAtContainer else {
                        try entry.skipValue()
                        return true
                    }
                    _ = try entry.walkChildren { (field: inout JSONScanner, name) throws(JSONScanner.Failure) -> Bool in
                        guard case .key(let fieldName) = name else {
                            try field.skipValue()
                            return true
                        }
                        if fieldName == "resource" {
                            try walkShapes(&field, resourceType(index)) { body($0, index) }
                        } else {
                            let fieldShape = "Bundle.entry." + fieldName
                            if field.valueCarriesData { body(fieldShape, nil) }
                            try walkShapes(&field, fieldShape) { body($0, nil) }
                        }
                        return true
                    }
                    return true
                }
                return true
            }
        }
    }

    /// Walks the value at the scanner and calls `body` with the shape of every member below it
    /// that carries data; array elements share their array's shape.
    private static func walkShapes(_ scanner: inout JSONScanner, _ shape: String, _ body: (String) -> Void) throws(JSONScanner.Failure) {
        guard scanner.isAtContainer else {
            try scanner.skipValue()
            return
        }
        _ = try scanner.walkChildren { (child: inout JSONScanner, component) throws(JSONScanner.Failure) -> Bool in
            switch component {
            case .key(let key):
                let childShape = shape + "." + key
                if child.valueCarriesData { body(childShape) }
                try walkShapes(&child, childShape, body)
            case .index:
                try walkShapes(&child, shape, body)
            }
            return true
        }
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

    /// `HealthcareService.eligibility.code.coding.system`.
    private static func shape(_ type: String, _ path: ArraySlice<JSONSourceMap.PathComponent>) -> String {
        var text = type
        for component in path {
            if case .key(let key) = component { text += "." + key }
        }
        return text
    }
}
