import Foundation

/// The growing bytes of a JSON text being written, and how its pieces are spelt: strings with
/// `JSONEncoder`'s escapes, numbers, indentation.
///
/// The buffer is handed to `Data` without a copy when the text is done, so a large catalogue is
/// never held twice. ``JSONByteEncoder`` writes through it, and so do writers that spell a large
/// document by hand in the same spelling (the validation reports), without a `Codable` pass.
package final class JSONOutput: JSONByteSink {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    package init(capacity: Int = 1 << 16) {
        self.capacity = capacity
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
        var sink = self
        text.withUTF8 { JSONSpelling.appendString(utf8: $0, to: &sink, shortBackspaceAndFormFeed: true) }
    }

    /// A whole number in decimal.
    package func appendInteger<Integer: FixedWidthInteger>(_ value: Integer) {
        var sink = self
        JSONSpelling.appendDecimal(value, to: &sink)
    }

    /// A number as `JSONEncoder` writes it: Swift's shortest form, without a trailing `.0`.
    func appendFloatingPoint(_ description: String) {
        var text = description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { append($0) }
    }
}
