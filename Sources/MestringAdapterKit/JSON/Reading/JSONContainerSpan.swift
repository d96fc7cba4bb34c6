/// Where an object or array of a checked JSON text ends, so that reading can step over it
/// without looking at its content again.
///
/// Spans are kept in document order of their opening brackets; the children of the container at
/// index `i` start at `i + 1`, and `next` is the index after all of them.
struct JSONContainerSpan {
    /// The offset just after the closing bracket.
    var end: Int
    /// The index of the first container that is not inside this one.
    var next: Int
}
