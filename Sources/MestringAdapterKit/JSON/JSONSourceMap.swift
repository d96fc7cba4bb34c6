/// Finds where things are in a JSON text: the line and column of the value at a field path, and
/// the first syntax error or invalid UTF-8 byte.
///
/// `JSONDecoder` reports a coding path but no line; integrators fixing a file by hand need the
/// line. The same map lets validation findings (`offers[3].involvement`) point at a line, which
/// is what the build-tool plugin prints as `path:line: error: …`.
package struct JSONSourceMap: Sendable {
    /// A place in the text, 1-based.
    package struct Location: Hashable, Sendable {
        /// The line, from 1.
        package var line: Int
        /// The column, from 1, counted in characters.
        package var column: Int
    }

    /// A syntax problem: where, and what was expected.
    package struct SyntaxError: Hashable, Sendable {
        /// Where the problem is.
        package var location: Location
        /// What was expected and what was found.
        package var message: String
        /// The path of the value the problem is in (`offers[3].capacity`), when known.
        package var path: [PathComponent]? = nil
    }

    /// One step of a field path: an object key or an array index.
    package enum PathComponent: Hashable, Sendable {
        /// A field of an object, by name.
        case key(String)
        /// An element of an array, from 0.
        case index(Int)
    }

    /// The text the map describes, as bytes.
    package let bytes: [UInt8]

    /// A map over the bytes of a JSON text in UTF-8.
    package init(_ bytes: some Sequence<UInt8>) { self.bytes = Array(bytes) }

    /// The location of the value at `path` (`offers[12].audiences[0]`), or of the deepest part of
    /// the path that exists, or `nil` when the text is not JSON.
    package func location(ofFieldPath path: String) -> Location? {
        location(of: Self.components(of: path))
    }

    /// The location of the value at `path`, or of the deepest part of it that exists.
    package func location(of path: [PathComponent]) -> Location? {
        var scanner = JSONScanner(bytes: bytes)
        scanner.skipWhitespace()
        return try? scanner.locate(path[...])
    }

    /// The first syntax error, or `nil` when the text is one well-formed JSON value in UTF-8.
    package func firstSyntaxError() -> SyntaxError? {
        var scanner = JSONScanner(bytes: bytes)
        do throws(SyntaxError) {
            scanner.skipWhitespace()
            var path: [PathComponent] = []
            try scanner.checkValue(path: &path)
            scanner.skipWhitespace()
            if !scanner.isAtEnd { throw scanner.failure("expected the end of the document after the top-level value") }
            return nil
        } catch {
            return error
        }
    }

    /// Splits `offers[12].audiences[0]` into components.
    ///
    /// A report places a finding for nearly every offer of a national file, so the usual path, plain
    /// ASCII with decimal indices, is split byte by byte; any other takes the general way below,
    /// which the byte-wise one matches for every path it takes.
    package static func components(of path: String) -> [PathComponent] {
        var path = path
        if let components = path.withUTF8(asciiComponents) { return components }
        var components: [PathComponent] = []
        for part in path.split(separator: ".") {
            var rest = part[...]
            if let bracket = rest.firstIndex(of: "[") {
                if bracket > rest.startIndex { components.append(.key(String(rest[..<bracket]))) }
                rest = rest[bracket...]
                while rest.first == "[", let close = rest.firstIndex(of: "]") {
                    if let index = Int(rest[rest.index(after: rest.startIndex)..<close]) { components.append(.index(index)) }
                    rest = rest[rest.index(after: close)...]
                }
            } else {
                components.append(.key(String(rest)))
            }
        }
        return components
    }

    /// The components of an ASCII path whose indices are plain decimal numbers, or `nil`.
    private static func asciiComponents(_ bytes: UnsafeBufferPointer<UInt8>) -> [PathComponent]? {
        var components: [PathComponent] = []
        var position = 0
        func key(_ start: Int, _ end: Int) {
            if end > start { components.append(.key(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))) }
        }
        while position < bytes.count {
            // One part between dots: a key, then indices in brackets; anything after them is ignored.
            var end = position
            while end < bytes.count, bytes[end] != UInt8(ascii: "."), bytes[end] != UInt8(ascii: "[") {
                guard bytes[end] < 0x80 else { return nil }
                end += 1
            }
            key(position, end)
            while end < bytes.count, bytes[end] == UInt8(ascii: "[") {
                var close = end + 1
                var index = 0
                while close < bytes.count, bytes[close] &- UInt8(ascii: "0") < 10, close - end < 18 {
                    index = index * 10 + Int(bytes[close] &- UInt8(ascii: "0"))
                    close += 1
                }
                // Only `[digits]` is read here; a sign, a long number or a missing bracket goes the general way.
                guard close > end + 1, close < bytes.count, bytes[close] == UInt8(ascii: "]") else { return nil }
                components.append(.index(index))
                end = close + 1
            }
            while end < bytes.count, bytes[end] != UInt8(ascii: ".") {
                guard bytes[end] < 0x80 else { return nil }
                end += 1
            }
            position = end + 1
        }
        return components
    }

    /// Formats components as `offers[12].audiences[0]`.
    package static func fieldPath(_ components: [PathComponent]) -> String {
        var path = ""
        for component in components {
            switch component {
            case .key(let key): path += path.isEmpty ? key : ".\(key)"
            case .index(let index): path += "[\(index)]"
            }
        }
        return path
    }
}

extension JSONSourceMap.SyntaxError: Error {}
