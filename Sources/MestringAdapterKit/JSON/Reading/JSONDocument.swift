import Foundation

/// A JSON text read once: checked from end to end in one pass that also records where each
/// object and array ends, then decoded into `Decodable` types and asked where values are, without
/// reading it again.
///
/// This is what adapters use on their hot path instead of `JSONDecoder` and a separate
/// ``JSONSourceMap``: the check keeps every rule of ``JSONScanner`` (UTF-8, escapes, lone
/// surrogates, numbers beyond 64 bits, nesting), a syntax error comes with the same line, column,
/// path and message as from the source map, and locating any number of paths costs one walk.
///
/// ```swift
/// let document = try JSONDocument(data)
/// let decoded = try document.decode(CatalogDocument.self)
/// if let unused = decoded.firstUnusedMember { … }  // a misspelt field
/// let places = document.locations(of: findingPaths)
/// ```
package final class JSONDocument: Sendable {
    /// The text, in UTF-8.
    package let data: Data
    /// The span of every object and array, in document order.
    let spans: [JSONContainerSpan]
    /// The top-level value.
    let root: JSONValueReference

    /// Checks `data` as one JSON value in UTF-8.
    /// - Throws: the first syntax error, as ``JSONSourceMap/firstSyntaxError()`` reports it.
    package init(_ data: Data) throws(JSONSourceMap.SyntaxError) {
        self.data = data
        let checked: (spans: [JSONContainerSpan], root: JSONValueReference)? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var scanner = JSONStructureScanner(bytes)
            guard let spans = try? scanner.scan() else { return nil }
            let start = JSONBytes.skipWhitespace(bytes, from: 0)
            let isContainer = bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "[")
            return (spans, JSONValueReference(offset: start, span: isContainer ? 0 : -1))
        }
        guard let checked else {
            throw JSONSourceMap(data).firstSyntaxError()
                ?? JSONSourceMap.SyntaxError(location: .init(line: 1, column: 1), message: "the text is not valid JSON")
        }
        spans = checked.spans
        root = checked.root
    }

    /// A decoded value and the first object member that decoding did not ask for.
    package struct Decoded<Value> {
        /// The value.
        package var value: Value
        /// The path of the first member, in document order, that the value's `init(from:)` never
        /// asked for and that carries data (not `null`, not `""`): a misspelt or unknown field
        /// whose content would otherwise be lost without a word. `nil` when there is none.
        package var firstUnusedMember: [JSONSourceMap.PathComponent]?
    }

    /// Decodes the top-level value as `type`.
    ///
    /// Errors are `DecodingError`s with the coding path of the value (computed only when an
    /// error asks for it), so ``JSONSourceMap/PathComponent`` paths and ``location(of:)`` name
    /// the place.
    package func decode<Value: Decodable>(_ type: Value.Type) throws -> Decoded<Value> {
        try withBytes { bytes in
            let state = JSONDecodingState(document: self, bytes: bytes)
            let value = try state.decode(type, at: root)
            return Decoded(value: value, firstUnusedMember: state.firstUnusedMember.map { path(ofValueAt: $0) })
        }
    }

    /// Calls `body` with the text's bytes.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try data.withUnsafeBytes { raw in try body(raw.bindMemory(to: UInt8.self)) }
    }

    /// The offset after `value`.
    func end(of value: JSONValueReference, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        value.isContainer ? spans[value.span].end : JSONBytes.scalarEnd(bytes, at: value.offset)
    }

    /// The members of the object `object`, appended to `members` in document order.
    func appendMembers(of object: JSONValueReference, in bytes: UnsafeBufferPointer<UInt8>, to members: inout [JSONMember]) {
        var offset = JSONBytes.skipWhitespace(bytes, from: object.offset + 1)
        var nextSpan = object.span + 1
        guard bytes[offset] != UInt8(ascii: "}") else { return }
        while true {
            let nameStart = offset + 1
            let (afterName, escaped) = JSONBytes.stringEnd(bytes, at: offset)
            offset = JSONBytes.skipWhitespace(bytes, from: afterName)
            offset = JSONBytes.skipWhitespace(bytes, from: offset + 1)
            let value = reference(at: offset, in: bytes, nextSpan: &nextSpan)
            members.append(JSONMember(nameStart: nameStart, nameEnd: afterName - 1, nameIsEscaped: escaped, value: value))
            offset = JSONBytes.skipWhitespace(bytes, from: end(of: value, in: bytes))
            guard bytes[offset] == UInt8(ascii: ",") else { return }
            offset = JSONBytes.skipWhitespace(bytes, from: offset + 1)
        }
    }

    /// The value at `offset`; for a container, takes its span from `nextSpan` and moves that on.
    func reference(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, nextSpan: inout Int) -> JSONValueReference {
        let byte = bytes[offset]
        guard byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") else { return JSONValueReference(offset: offset, span: -1) }
        let span = nextSpan
        nextSpan = spans[span].next
        return JSONValueReference(offset: offset, span: span)
    }

    /// The name of `member` as text.
    func name(of member: JSONMember, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        JSONBytes.string(bytes, from: member.nameStart, to: member.nameEnd, escaped: member.nameIsEscaped)
    }
}
