import Foundation
import Mestring

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
///
/// Foreign formats (FHIR, HSDS) that report every element with no place in Mestring read with
/// ``read(_:)`` instead: hand-written readers over ``JSONNode``s, mixed freely with `Decodable`
/// types, and every member nobody used listed in ``Decoded/unusedMembers``.
package final class JSONDocument: Sendable {
    /// The text, in UTF-8.
    package let data: Data
    /// The span of every object and array, in document order.
    let spans: JSONSpanIndex
    /// The top-level value.
    let root: JSONValueReference

    /// Checks `data` as one JSON value in UTF-8.
    /// - Throws: the first syntax error, as ``JSONSourceMap/firstSyntaxError()`` reports it.
    package init(_ data: Data) throws(JSONSourceMap.SyntaxError) {
        self.data = data
        let checked: (spans: JSONSpanIndex, root: JSONValueReference)? = data.withUnsafeBytes { raw in
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

    /// Checks a whole file's text; a syntax error is the ``Mestring/StoreError`` `.malformedData`
    /// with the file, line, column and path that every adapter reports for it.
    package convenience init(_ data: Data, file: String?) throws(StoreError) {
        do {
            try self.init(data)
        } catch {
            throw StoreError(
                .malformedData, error.message, file: file, line: error.location.line, column: error.location.column,
                field: error.path.map(JSONSourceMap.fieldPath))
        }
    }

    /// A decoded value and the object members that decoding did not ask for.
    package struct Decoded<Value> {
        /// The value.
        package var value: Value
        /// The paths of the members, in document order, that no `init(from:)` (or hand-written
        /// reader, see ``read(_:)``) asked for and that carry data (not `null`, not `""`): misspelt
        /// or unknown fields whose content would otherwise be lost without a word. Each is named
        /// at its outermost unread place: the members inside an unread member are not listed.
        package var unusedMembers: [[JSONSourceMap.PathComponent]]

        /// A value read in parts, with the unused members of all of them.
        package init(value: Value, unusedMembers: [[JSONSourceMap.PathComponent]]) {
            self.value = value
            self.unusedMembers = unusedMembers
        }

        /// The first of ``unusedMembers``, for a format that refuses any unknown field.
        package var firstUnusedMember: [JSONSourceMap.PathComponent]? { unusedMembers.first }
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
            return Decoded(value: value, unusedMembers: paths(ofValuesAt: state.unusedMembers))
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
        forEachMember(of: object, in: bytes) { members.append($0) }
    }

    /// Calls `body` with each member of the object `object`, in document order.
    @inline(__always)
    func forEachMember(of object: JSONValueReference, in bytes: UnsafeBufferPointer<UInt8>, _ body: (JSONMember) throws -> Void) rethrows {
        var offset = JSONBytes.skipWhitespace(bytes, from: object.offset + 1)
        var nextSpan = object.span + 1
        guard bytes[offset] != UInt8(ascii: "}") else { return }
        while true {
            let nameStart = offset + 1
            let (afterName, escaped) = JSONBytes.stringEnd(bytes, at: offset)
            offset = JSONBytes.skipWhitespace(bytes, from: afterName)
            offset = JSONBytes.skipWhitespace(bytes, from: offset + 1)
            let value = reference(at: offset, in: bytes, nextSpan: &nextSpan)
            try body(JSONMember(nameStart: nameStart, nameEnd: afterName - 1, nameIsEscaped: escaped, value: value))
            offset = JSONBytes.skipWhitespace(bytes, from: end(of: value, in: bytes))
            guard bytes[offset] == UInt8(ascii: ",") else { return }
            offset = JSONBytes.skipWhitespace(bytes, from: offset + 1)
        }
    }

    /// Calls `body` with each element of the array `array`, in order.
    @inline(__always)
    func forEachElement(of array: JSONValueReference, in bytes: UnsafeBufferPointer<UInt8>, _ body: (JSONValueReference) throws -> Void) rethrows {
        var offset = JSONBytes.skipWhitespace(bytes, from: array.offset + 1)
        var nextSpan = array.span + 1
        while bytes[offset] != UInt8(ascii: "]") {
            let element = reference(at: offset, in: bytes, nextSpan: &nextSpan)
            try body(element)
            offset = JSONBytes.skipWhitespace(bytes, from: end(of: element, in: bytes))
            if bytes[offset] == UInt8(ascii: ",") { offset = JSONBytes.skipWhitespace(bytes, from: offset + 1) }
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
