/// A value of a checked JSON text: where it starts, and for an object or array its span.
struct JSONValueReference {
    /// The offset of the value's first byte.
    var offset: Int
    /// The index of its ``JSONContainerSpan`` for an object or array, `-1` for other values.
    var span: Int

    /// Whether the value is an object or an array.
    var isContainer: Bool { span >= 0 }
}

/// A member of an object in a checked JSON text: its name's bytes and its value.
struct JSONMember {
    /// The offset of the name's first byte after the opening quote.
    var nameStart: Int
    /// The offset of the name's closing quote.
    var nameEnd: Int
    /// Whether the name has escape sequences, so that its bytes are not its text.
    var nameIsEscaped: Bool
    /// The member's value.
    var value: JSONValueReference
    /// Whether decoding asked for the member, so that one nobody asked for can be reported.
    var isUsed = false
}
