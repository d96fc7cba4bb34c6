import Foundation

/// The name of a member a ``JSONNode`` reader is handed: compared with a literal in a `switch`
/// without turning the name into a `String`.
///
/// Most member names are plain ASCII without escapes, so a comparison is a length check and a
/// `memcmp` of the bytes in the document; a name with escape sequences is compared by its text.
package struct JSONKey {
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    @usableFromInline let start: Int
    @usableFromInline let end: Int
    @usableFromInline let isEscaped: Bool

    init(bytes: UnsafeBufferPointer<UInt8>, member: JSONMember) {
        self.bytes = bytes
        start = member.nameStart
        end = member.nameEnd
        isEscaped = member.nameIsEscaped
    }

    /// The name as text, escapes resolved: for a report or a name that is data (a map's keys).
    package var name: String { JSONBytes.string(bytes, from: start, to: end, escaped: isEscaped) }

    /// Whether the key is `pattern`: what lets `case "system":` match a key.
    ///
    /// Inlinable, so that a reader's `switch` over many names compares lengths in place and calls
    /// `memcmp` only for a name of the right length: as a call into this module for every case,
    /// the names of a FHIR resource's members cost a twentieth of an import.
    @inlinable @inline(__always)
    package static func ~= (pattern: StaticString, key: JSONKey) -> Bool {
        let count = pattern.utf8CodeUnitCount
        if key.isEscaped { return key.escapedNameIs(pattern) }
        return key.end - key.start == count && memcmp(key.bytes.baseAddress! + key.start, pattern.utf8Start, count) == 0
    }

    /// The rare name with escape sequences, compared by its text; out of line, so that the
    /// comparison above stays small enough to inline.
    @usableFromInline
    func escapedNameIs(_ pattern: StaticString) -> Bool {
        name.utf8.elementsEqual(UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount))
    }
}
