/// The ``JSONContainerSpan`` of every object and array of a checked text, in document order,
/// kept in two 32-bit numbers each when the text is under 4 GiB (every real catalogue), in two
/// `Int`s otherwise.
///
/// The index lives as long as the document, beside the catalogue decoded from it: at two `Int`s a
/// container it was a fifth of the memory a load adds to the file's bytes. Offsets and indices
/// in a text under 4 GiB fit 32 bits, so the narrow form holds the same numbers in half the space.
struct JSONSpanIndex {
    private struct Narrow {
        var end: UInt32
        var next: UInt32
    }

    private var narrow: [Narrow] = []
    private var wide: [JSONContainerSpan] = []
    private let isWide: Bool

    /// An empty index for a text of `length` bytes.
    init(textLength length: Int) { isWide = length > Int(UInt32.max) }

    var count: Int { isWide ? wide.count : narrow.count }

    subscript(index: Int) -> JSONContainerSpan {
        get {
            guard !isWide else { return wide[index] }
            let span = narrow[index]
            return JSONContainerSpan(end: Int(span.end), next: Int(span.next))
        }
        set {
            if isWide { wide[index] = newValue } else { narrow[index] = Narrow(end: UInt32(newValue.end), next: UInt32(newValue.next)) }
        }
    }

    mutating func append(_ span: JSONContainerSpan) {
        if isWide { wide.append(span) } else { narrow.append(Narrow(end: UInt32(span.end), next: UInt32(span.next))) }
    }

    /// The index in arrays of exactly its size: it lives as long as the document, and grown by
    /// appending it held up to twice that.
    func shrunk() -> JSONSpanIndex {
        var copy = self
        copy.narrow = narrow.withUnsafeBufferPointer { [Narrow]($0) }
        copy.wide = wide.withUnsafeBufferPointer { [JSONContainerSpan]($0) }
        return copy
    }
}
