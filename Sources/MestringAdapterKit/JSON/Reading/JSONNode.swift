import Foundation

/// One value of a ``JSONDocument`` for a hand-written reader: the fast way to read a foreign
/// format that must account for every member (see ``JSONDocument/read(_:)``).
///
/// `Decodable` pays for its generality on every member: a container box, a key type, a look-up by
/// name, an optional wrapped and unwrapped. A reader that walks an object's members once and
/// switches on their names does none of that, and it says for each member whether it used it,
/// so that the members nobody used are listed instead of lost. Readers and `Decodable` types mix:
/// ``decode(_:)`` hands any value to its `init(from:)`, whose unused members are listed too.
///
/// ```swift
/// try node.members { key, value in
///     switch key {
///     case "system": coding.system = try value.string()
///     case "code": coding.code = try value.string()
///     default: return false          // listed in `unusedMembers`, unless null or ""
///     }
///     return true
/// }
/// ```
///
/// Errors are the `DecodingError`s that ``JSONDocument/decode(_:)`` throws, with the coding path
/// of the value. Like a decoder, a node must not be kept after ``JSONDocument/read(_:)`` returns.
package struct JSONNode {
    /// Not retained, as in ``JSONValueDecoder``: the state outlives every node of its read.
    unowned(unsafe) let state: JSONDecodingState
    let value: JSONValueReference

    init(state: JSONDecodingState, value: JSONValueReference) {
        self.state = state
        self.value = value
    }

    // MARK: Kinds

    /// Whether the value is `null`.
    package var isNull: Bool { state.isNull(value) }
    /// Whether the value is an object.
    package var isObject: Bool { state.bytes[value.offset] == UInt8(ascii: "{") }
    /// Whether the value is an array.
    package var isArray: Bool { state.bytes[value.offset] == UInt8(ascii: "[") }
    /// Whether the value is a string.
    package var isString: Bool { state.bytes[value.offset] == UInt8(ascii: "\"") }

    // MARK: Scalars

    /// The string; anything else is a type mismatch (`null` a missing value).
    package func string() throws -> String { try state.string(at: value) }
    /// The string's UTF-8 bytes as they stand in the text, or `nil` when it has escape sequences
    /// or is not a string: for a reader that looks an identifier up without making a `String` of
    /// each. The bytes are the document's, valid only while its read lasts.
    package var utf8IfUnescaped: UnsafeBufferPointer<UInt8>? {
        guard isString else { return nil }
        let (end, escaped) = JSONBytes.stringEnd(state.bytes, at: value.offset)
        return escaped ? nil : UnsafeBufferPointer(rebasing: state.bytes[(value.offset + 1)..<(end - 1)])
    }

    /// Appends the string's content, escapes resolved, to `buffer`; anything but a string is a
    /// type mismatch. For a reader that gathers many strings into one text (JSON texts carried in
    /// strings, read as one document) without making a `String` of each.
    package func appendString(to buffer: inout [UInt8]) throws {
        guard isString else { throw state.mismatch(String.self, at: value) }
        let (end, escaped) = JSONBytes.stringEnd(state.bytes, at: value.offset)
        JSONBytes.appendContent(state.bytes, from: value.offset + 1, to: end - 1, escaped: escaped, to: &buffer)
    }

    /// Where the value starts in the text, as a byte offset: for a reader that put several texts
    /// together into one document and must tell which of them a value came from.
    package var textOffset: Int { value.offset }

    /// `true` or `false`.
    package func bool() throws -> Bool { try state.bool(at: value) }
    /// A whole number that fits in `type`.
    package func integer<Integer: FixedWidthInteger>(_ type: Integer.Type = Int.self) throws -> Integer {
        try state.integer(type, at: value)
    }
    /// A number.
    package func double() throws -> Double { try state.floatingPoint(Double.self, at: value) }

    /// The value decoded by its `Decodable` conformance, for the types not worth a reader of
    /// their own; the members it does not ask for are listed like a reader's.
    package func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try state.decode(type, at: value) }

    // MARK: Containers

    /// Calls `body` with each member of the object, in document order, except those whose value is
    /// `null` (absent and `null` mean the same to every reader here). `body` returns whether it
    /// used the member; one it did not use is listed in ``JSONDocument/Decoded/unusedMembers``
    /// unless it is `""`. Anything but an object is a type mismatch.
    ///
    /// With `passingNull`, `null` members are passed too: for a reader that must tell a member
    /// given as `null` from an absent one, as `Decodable` does for a required member or a
    /// repeated name.
    package func members(passingNull: Bool = false, _ body: (JSONKey, JSONNode) throws -> Bool) throws {
        guard isObject else { throw state.mismatch([String: Any].self, at: value, container: "keyed") }
        let value = value
        try withState { state, document in
            try document.forEachMember(of: value, in: state.bytes) { member in
                guard passingNull || !state.isNull(member.value) else { return }
                let key = JSONKey(bytes: state.bytes, member: member)
                if try !body(key, JSONNode(state: state, value: member.value)) { state.noteUnused(member.value) }
            }
        }
    }

    /// Lends the state and its document to `body` without retaining them: a strong copy of each
    /// cost a retain and a release for every object and array read, which both processors of a
    /// parallel read make on the same counts (a twentieth of a FHIR import). The state outlives
    /// every node of its read, so the references stay valid.
    @inline(__always)
    private func withState<Result>(_ body: (JSONDecodingState, JSONDocument) throws -> Result) rethrows -> Result {
        try Unmanaged.passUnretained(state)._withUnsafeGuaranteedRef { state in
            try Unmanaged.passUnretained(state.document)._withUnsafeGuaranteedRef { document in try body(state, document) }
        }
    }

    /// The value of the first member named `name`, or `nil`, without using it: for a reader that
    /// must know one member (a resource's type) before it reads them all.
    package func member(_ name: StaticString) throws -> JSONNode? {
        guard isObject else { throw state.mismatch([String: Any].self, at: value, container: "keyed") }
        var found: JSONValueReference?
        let state = state
        state.document.forEachMember(of: value, in: state.bytes) { member in
            if found == nil, name ~= JSONKey(bytes: state.bytes, member: member) { found = member.value }
        }
        return found.map { JSONNode(state: state, value: $0) }
    }

    /// Calls `body` with each element of the array, in order. Anything but an array is a type
    /// mismatch. (A generic `array(of:)` helper belongs in the reading module: across modules a
    /// `package` generic is not specialized, and looking its types up at run time for every
    /// array cost a tenth of a FHIR import.)
    package func elements(_ body: (JSONNode) throws -> Void) throws {
        guard isArray else { throw state.mismatch([Any].self, at: value, container: "unkeyed") }
        let value = value
        try withState { state, document in
            try document.forEachElement(of: value, in: state.bytes) { try body(JSONNode(state: state, value: $0)) }
        }
    }

    /// How many elements the array has, counted without reading them (a nested object or array
    /// is stepped over whole): for a reader that builds a large array with exactly that capacity,
    /// instead of growing it by doubling, which leaves up to half of it unused and holds the old
    /// and the new buffer at once while it grows. Anything but an array is a type mismatch.
    package func elementCount() throws -> Int {
        guard isArray else { throw state.mismatch([Any].self, at: value, container: "unkeyed") }
        var count = 0
        state.document.forEachElement(of: value, in: state.bytes) { _ in count += 1 }
        return count
    }

    // MARK: Errors

    /// The coding path of the value (`entry`, `Index 3`, `resource`, …); it walks the document,
    /// so ask for it only for an error.
    package var codingPath: [any CodingKey] { state.codingPath(of: value.offset) }

    /// The error for a value that has the right type but is wrong, at this value.
    package func dataCorrupted(_ message: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath, debugDescription: message))
    }

    /// The error for a required member that this object lacks, as `JSONDecoder` words it.
    package func keyNotFound(_ name: String) -> DecodingError {
        let key = JSONPathKey(stringValue: name)
        return .keyNotFound(key, .init(codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(name)\")."))
    }
}
