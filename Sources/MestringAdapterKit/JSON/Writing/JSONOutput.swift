import Foundation

/// The growing bytes of a JSON text being written, and how its pieces are spelt (strings, numbers
/// and indentation, all through ``JSONSpelling``).
///
/// It is a class over a raw buffer rather than a `[UInt8]` so that appending costs neither a
/// uniqueness nor an exclusivity check, and the buffer is handed to `Data` without a copy when
/// the text is done, so a large catalogue is never held twice. ``JSONByteEncoder`` writes through
/// it, and so do writers that spell a large document by hand without a `Codable` pass (the
/// validation reports in the pretty spelling, HSDS documents in the compact one).
package final class JSONOutput: JSONByteSink {
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// How many bytes have been written.
    @exclusivity(unchecked) package private(set) var count = 0
    /// Whether strings spell backspace and form feed `\b` and `\f`, as `JSONEncoder` does, or
    /// `\u0008` and `\u000c`, as the compact files have always had them.
    private let shortBackspaceAndFormFeed: Bool

    /// An empty output; `compact` chooses the compact files' string spelling.
    package init(capacity: Int = 1 << 16, compact: Bool = false) {
        self.capacity = capacity
        shortBackspaceAndFormFeed = !compact
        base = Self.reallocate(nil, to: capacity)
    }

    deinit { free(base) }

    private static func reallocate(_ pointer: UnsafeMutablePointer<UInt8>?, to capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let grown = realloc(pointer, capacity) else { fatalError("out of memory writing JSON (\(capacity) bytes)") }
        return grown.assumingMemoryBound(to: UInt8.self)
    }

    @inline(__always)
    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        capacity = max(capacity * 2, count + extra)
        base = Self.reallocate(base, to: capacity)
    }

    /// The text written so far, as `Data` that now owns the buffer; the output is empty again.
    package func takeData() -> Data {
        let data = Data(bytesNoCopy: base, count: count, deallocator: .free)
        capacity = 1 << 12
        count = 0
        base = Self.reallocate(nil, to: capacity)
        return data
    }

    /// Forgets what was written, keeping the buffer for the next piece.
    package func removeAll() { count = 0 }

    /// Forgets what was written after the first `count` bytes: a piece that turned out empty.
    package func truncate(to count: Int) { self.count = min(count, self.count) }

    /// Calls `body` with the bytes written so far.
    package func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Appends what `other` holds.
    package func append(_ other: JSONOutput) { other.withBytes { append($0) } }

    @inline(__always)
    package func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    package func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends literal text, such as punctuation and keys known when the code is written.
    package func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A line break and `level` steps of two spaces.
    package func newline(indent level: Int) {
        reserve(1 + 2 * level)
        base[count] = 0x0A
        (base + count + 1).initialize(repeating: 0x20, count: 2 * level)
        count += 1 + 2 * level
    }

    /// The closing bracket of an object or array at `level`, on a line of its own; an empty one
    /// has an empty line before it, as `JSONEncoder` spells `{}` and `[]`.
    package func closeContainer(_ bracket: StaticString, indent level: Int, wasEmpty: Bool) {
        if wasEmpty { append(0x0A) }
        newline(indent: level)
        append(bracket)
    }

    /// A string in quotes, escaped as `JSONEncoder` does with `.withoutEscapingSlashes`.
    package func appendString(_ text: String) {
        var text = text
        text.withUTF8 { appendString(utf8: $0) }
    }

    /// UTF-8 bytes as a string in quotes, e.g. a value already written as JSON that travels as
    /// text.
    package func appendString(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var sink = self
        JSONSpelling.appendString(utf8: bytes, to: &sink, shortBackspaceAndFormFeed: shortBackspaceAndFormFeed)
    }

    /// A scalar an encoder was handed.
    /// - Throws: `EncodingError.invalidValue` for an infinite or NaN number.
    func append(_ scalar: JSONScalar) throws {
        var sink = self
        try scalar.write(to: &sink, shortBackspaceAndFormFeed: shortBackspaceAndFormFeed)
    }

    /// A whole number in decimal.
    package func appendInteger<Integer: FixedWidthInteger>(_ value: Integer) {
        var sink = self
        JSONSpelling.appendDecimal(value, to: &sink)
    }

    /// A number as ``JSONSpelling`` spells it.
    /// - Throws: `EncodingError.invalidValue` for infinity and NaN.
    package func appendNumber<Number: BinaryFloatingPoint & CustomStringConvertible>(_ value: Number) throws {
        var sink = self
        try JSONSpelling.appendFloatingPoint(value, to: &sink)
    }
}
