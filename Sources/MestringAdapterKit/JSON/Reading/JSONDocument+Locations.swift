extension JSONDocument {
    /// The path of the value that starts at `offset` (`offers[3].capacity`).
    func path(ofValueAt offset: Int) -> [JSONSourceMap.PathComponent] {
        withBytes { bytes in
            var path: [JSONSourceMap.PathComponent] = []
            var current = root
            descent: while current.offset != offset, current.isContainer {
                for (component, child) in children(of: current, in: bytes) {
                    let end = end(of: child, in: bytes)
                    if child.offset == offset || (child.isContainer && child.offset < offset && offset < end) {
                        path.append(component)
                        current = child
                        continue descent
                    }
                    if child.offset > offset { break }
                }
                break
            }
            return path
        }
    }

    /// The place of the value at `path`, or of the deepest part of it that exists, as
    /// ``JSONSourceMap/location(of:)`` gives it.
    package func location(of path: [JSONSourceMap.PathComponent]) -> JSONSourceMap.Location {
        locations(of: [path])[0]
    }

    /// The places of the values at `paths`, in their order: each the value at the path or the
    /// deepest part of it that exists.
    ///
    /// The cost does not grow with the number of paths times the size of the text: paths are
    /// resolved in sorted order, sharing the containers they pass through, and the line and column
    /// of all of them come from one sweep over the text up to the last one.
    package func locations(of paths: [[JSONSourceMap.PathComponent]]) -> [JSONSourceMap.Location] {
        withBytes { bytes in
            let order = paths.indices.sorted { Self.precedes(paths[$0], paths[$1]) }
            var offsets = [Int](repeating: root.offset, count: paths.count)
            // The children of the containers on the path resolved last, by depth.
            var chain: [(span: Int, children: [(JSONSourceMap.PathComponent, JSONValueReference)])] = []
            for index in order {
                var current = root
                for (depth, component) in paths[index].enumerated() where current.isContainer {
                    if depth >= chain.count || chain[depth].span != current.span {
                        chain.removeSubrange(min(depth, chain.count)...)
                        chain.append((current.span, children(of: current, in: bytes)))
                    }
                    guard let child = chain[depth].children.first(where: { $0.0 == component }) else { break }
                    current = child.1
                }
                offsets[index] = current.offset
            }
            return Self.locations(ofOffsets: offsets, in: bytes)
        }
    }

    /// The members (with their names) or elements (with their indices) of a container.
    private func children(of container: JSONValueReference, in bytes: UnsafeBufferPointer<UInt8>) -> [(JSONSourceMap.PathComponent, JSONValueReference)] {
        if bytes[container.offset] == UInt8(ascii: "{") {
            var members: [JSONMember] = []
            appendMembers(of: container, in: bytes, to: &members)
            return members.map { (.key(name(of: $0, in: bytes)), $0.value) }
        }
        var elements: [(JSONSourceMap.PathComponent, JSONValueReference)] = []
        var offset = JSONBytes.skipWhitespace(bytes, from: container.offset + 1)
        var nextSpan = container.span + 1
        while bytes[offset] != UInt8(ascii: "]") {
            let element = reference(at: offset, in: bytes, nextSpan: &nextSpan)
            elements.append((.index(elements.count), element))
            offset = JSONBytes.skipWhitespace(bytes, from: end(of: element, in: bytes))
            if bytes[offset] == UInt8(ascii: ",") { offset = JSONBytes.skipWhitespace(bytes, from: offset + 1) }
        }
        return elements
    }

    /// An order of paths in which paths through the same container are neighbours.
    private static func precedes(_ left: [JSONSourceMap.PathComponent], _ right: [JSONSourceMap.PathComponent]) -> Bool {
        for (a, b) in zip(left, right) where a != b {
            switch (a, b) {
            case (.index(let x), .index(let y)): return x < y
            case (.key(let x), .key(let y)): return x < y
            case (.index, .key): return true
            case (.key, .index): return false
            }
        }
        return left.count < right.count
    }

    /// Line and column (counted in characters, from 1) of each offset, in one sweep.
    private static func locations(ofOffsets offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> [JSONSourceMap.Location] {
        var result = [JSONSourceMap.Location](repeating: .init(line: 1, column: 1), count: offsets.count)
        var position = 0
        var line = 1
        var column = 1
        for index in offsets.indices.sorted(by: { offsets[$0] < offsets[$1] }) {
            let target = offsets[index]
            while position < target {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                position += 1
            }
            result[index] = .init(line: line, column: column)
        }
        return result
    }
}
