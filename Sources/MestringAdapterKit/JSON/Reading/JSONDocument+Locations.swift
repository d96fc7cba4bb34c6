import Foundation

extension JSONDocument {
    /// The path of the value that starts at `offset` (`offers[3].capacity`).
    func path(ofValueAt offset: Int) -> [JSONSourceMap.PathComponent] {
        withBytes { bytes in
            var path: [JSONSourceMap.PathComponent] = []
            var current = root
            descent: while current.offset != offset, current.isContainer {
                for (index, member) in children(of: current, in: bytes).enumerated() {
                    let child = member.value
                    let end = end(of: child, in: bytes)
                    if child.offset == offset || (child.isContainer && child.offset < offset && offset < end) {
                        path.append(member.nameStart < 0 ? .index(index) : .key(name(of: member, in: bytes)))
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

    /// The paths of the values that start at `offsets`, in document order and each once, found in
    /// one walk that enters only the containers holding one of them.
    func paths(ofValuesAt offsets: [Int]) -> [[JSONSourceMap.PathComponent]] {
        var sorted = Array(Set(offsets)).sorted()[...]
        guard !sorted.isEmpty else { return [] }
        return withBytes { bytes in
            var result: [[JSONSourceMap.PathComponent]] = []
            if sorted.first == root.offset {
                result.append([])
                sorted = sorted.dropFirst()
            }
            var path: [JSONSourceMap.PathComponent] = []
            if root.isContainer { collectPaths(in: root, sorted, &path, into: &result, bytes) }
            return result
        }
    }

    /// Appends the paths of the values at `offsets`, all inside `container`, whose path is `path`.
    private func collectPaths(
        in container: JSONValueReference, _ offsets: ArraySlice<Int>, _ path: inout [JSONSourceMap.PathComponent],
        into result: inout [[JSONSourceMap.PathComponent]], _ bytes: UnsafeBufferPointer<UInt8>
    ) {
        var remaining = offsets
        for (index, member) in children(of: container, in: bytes).enumerated() {
            let child = member.value
            while let first = remaining.first, first < child.offset { remaining = remaining.dropFirst() }
            guard !remaining.isEmpty else { return }
            let end = end(of: child, in: bytes)
            let inside = remaining.prefix { $0 < end }
            guard !inside.isEmpty else { continue }
            remaining = remaining.dropFirst(inside.count)
            path.append(member.nameStart < 0 ? .index(index) : .key(name(of: member, in: bytes)))
            if inside.first == child.offset { result.append(path) }
            let nested = inside.drop { $0 == child.offset }
            if !nested.isEmpty, child.isContainer { collectPaths(in: child, nested, &path, into: &result, bytes) }
            path.removeLast()
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
            var chain: [(span: Int, children: [JSONMember])] = []
            for index in order {
                var current = root
                for (depth, component) in paths[index].enumerated() where current.isContainer {
                    if depth >= chain.count || chain[depth].span != current.span {
                        chain.removeSubrange(min(depth, chain.count)...)
                        chain.append((current.span, children(of: current, in: bytes)))
                    }
                    guard let child = child(component, of: chain[depth].children, in: bytes) else { break }
                    current = child
                }
                offsets[index] = current.offset
            }
            return Self.locations(ofOffsets: offsets, in: bytes)
        }
    }

    /// The child at `component`: an element by position, a member by name (the first of that name).
    private func child(_ component: JSONSourceMap.PathComponent, of children: [JSONMember], in bytes: UnsafeBufferPointer<UInt8>) -> JSONValueReference? {
        switch component {
        case .index(let index):
            guard children.indices.contains(index), children[index].nameStart < 0 else { return nil }
            return children[index].value
        case .key(let name):
            let wanted = Array(name.utf8)
            return children.first { member in
                guard member.nameStart >= 0 else { return false }
                if member.nameIsEscaped { return self.name(of: member, in: bytes).utf8.elementsEqual(wanted) }
                return UnsafeBufferPointer(rebasing: bytes[member.nameStart..<member.nameEnd]).elementsEqual(wanted)
            }?.value
        }
    }

    /// The members of an object, or the elements of an array as members without a name
    /// (`nameStart` is -1).
    private func children(of container: JSONValueReference, in bytes: UnsafeBufferPointer<UInt8>) -> [JSONMember] {
        var children: [JSONMember] = []
        if bytes[container.offset] == UInt8(ascii: "{") {
            appendMembers(of: container, in: bytes, to: &children)
            return children
        }
        forEachElement(of: container, in: bytes) { children.append(JSONMember(nameStart: -1, nameEnd: -1, nameIsEscaped: false, value: $0)) }
        return children
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

    /// How many bytes are not UTF-8 continuation bytes (`10xxxxxx`): the characters a column
    /// counts. Eight bytes at a time, as a one-line national file puts 200 MB before its last
    /// finding.
    private static func characterStarts(in bytes: UnsafeRawBufferPointer) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        var continuations = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // Bit 7 set and bit 6 clear in the same byte.
            continuations &+= (word & ~(word << 1) & high).nonzeroBitCount
            offset += 8
        }
        while offset < bytes.count {
            if bytes[offset] & 0xC0 == 0x80 { continuations &+= 1 }
            offset += 1
        }
        return bytes.count - continuations
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
                // Jump from line break to line break; between them only count where characters start.
                let lineBreak = memchr(bytes.baseAddress! + position, 0x0A, target - position)
                    .map { UnsafeRawPointer(bytes.baseAddress!).distance(to: UnsafeRawPointer($0)) }
                let stop = lineBreak ?? target
                column += characterStarts(in: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[position..<stop]))
                guard let lineBreak else {
                    position = target
                    break
                }
                line += 1
                column = 1
                position = lineBreak + 1
            }
            result[index] = .init(line: line, column: column)
        }
        return result
    }
}
