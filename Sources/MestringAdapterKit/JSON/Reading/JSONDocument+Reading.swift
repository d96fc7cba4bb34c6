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
}
