import Foundation

extension JSONDocument {
    /// Reads the top-level value with a hand-written reader over ``JSONNode``s, and lists every
    /// member that neither the reader nor a `Decodable` type it handed a value to used.
    ///
    /// This is how an import reads a foreign format fast and still reports every element that
    /// has no place in Mestring: the members come from the one checking pass of
    /// ``init(_:)``, and the unused ones are placed in one walk at the end.
    ///
    /// ```swift
    /// let document = try JSONDocument(data)
    /// let read = try document.read { root in try Bundle(root) }
    /// for path in read.unusedMembers { report.unmapped(path) }
    /// ```
    /// - Throws: what `body` throws, usually a `DecodingError` with the coding path of the value.
    package func read<Result>(_ body: (JSONNode) throws -> Result) throws -> Decoded<Result> {
        try withBytes { bytes in
            let state = JSONDecodingState(document: self, bytes: bytes)
            let value = try body(JSONNode(state: state, value: root))
            return Decoded(value: value, unusedMembers: paths(ofValuesAt: state.unusedMembers))
        }
    }

    /// Reads the top-level value with `parts` hand-written readers side by side, one per
    /// processor, each with a state of its own: `body` gets the part's number and the root, and
    /// reads its share (a run of a large array's elements, say). The document is only read, so
    /// the parts need nothing from each other.
    ///
    /// - Returns: each part's value in part order, and the members no part used, in document
    ///   order, as one ``read(_:)`` would list them.
    /// - Throws: the error of the first part, in part order, that throws.
    package func read<Part: Sendable>(parts: Int, _ body: @Sendable (Int, JSONNode) throws -> Part) throws -> Decoded<[Part]> {
        let outcomes = UnsafeMutableBufferPointer<(Result<Part, any Error>, [Int])?>.allocate(capacity: parts)
        outcomes.initialize(repeating: nil)
        defer {
            outcomes.deinitialize()
            outcomes.deallocate()
        }
        nonisolated(unsafe) let slots = outcomes
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            // Each part writes its own slot only.
            slots[part] = withBytes { bytes in
                let state = JSONDecodingState(document: self, bytes: bytes)
                return (Result { try body(part, JSONNode(state: state, value: root)) }, state.unusedMembers)
            }
        }
        var values: [Part] = []
        var unused: [Int] = []
        for outcome in outcomes {
            values.append(try outcome!.0.get())
            unused += outcome!.1
        }
        return Decoded(value: values, unusedMembers: paths(ofValuesAt: unused))
    }
}
