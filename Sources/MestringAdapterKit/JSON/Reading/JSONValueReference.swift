/// A value of a checked JSON text: where it starts, and for an object or array its span.
struct JSONValueReference {
    /// The offset of the value's first byte.
    var offset: Int
    /// The index of its ``JSONContainerSpan`` for an object or array, `-1` for other values.
    var span: Int

    /// Whether the value is an object or an array.
    var isContainer: Bool { span >= 0 }
}
