import MestringAdapterKit
import Testing

/// Strings made from stored UTF-8 bytes must be exactly what `String(decoding:as:)` makes of
/// them, byte for byte, for well-formed text and for every kind of broken sequence.
@Suite("UTF-8 bytes to strings")
struct UTF8SequenceTests {
    static func expectSame(_ bytes: [UInt8], _ comment: Comment? = nil) {
        let made = bytes.withUnsafeBufferPointer { UTF8Sequence.string($0) }
        let reference = String(decoding: bytes, as: UTF8.self)
        #expect(Array(made.utf8) == Array(reference.utf8), comment ?? "\(bytes)")
    }

    /// Every one- and two-byte sequence, every three-byte sequence after an ASCII run (where the
    /// eight-byte check hands over), and the edges of four-byte sequences.
    @Test func everyShortSequenceIsReadAsTheStandardLibraryReadsIt() {
        for first in UInt8.min...UInt8.max {
            Self.expectSame([first])
            for second in UInt8.min...UInt8.max { Self.expectSame([first, second]) }
        }
        let prefix = Array("Pårørende".utf8)
        for lead: UInt8 in 0xE0...0xEF {
            for second in stride(from: UInt8(0x70), through: 0xC4, by: 1) {
                for third: UInt8 in [0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0] {
                    Self.expectSame(prefix + [lead, second, third] + Array(" og barn".utf8))
                }
            }
        }
        for lead: UInt8 in [0xF0, 0xF1, 0xF4, 0xF5, 0xFF] {
            for second: UInt8 in [0x7F, 0x80, 0x8F, 0x90, 0xBF, 0xC0] {
                Self.expectSame(Array("12345678".utf8) + [lead, second, 0x80, 0x80])
                Self.expectSame([lead, second, 0x80])
            }
        }
    }

    /// Long texts of mixed ASCII and Norwegian, Sami and emoji, cut at every length (so that
    /// every sequence also stands at the end, cut short) and with single bytes broken.
    @Test func longTextsCutAndBrokenAnywhereAreReadAsTheStandardLibraryReadsThem() {
        let text = Array("Kurs for pårørende – Čállit sámegillii 😀 og «ære», 1,5 t.\nØvelser på norsk.".utf8)
        for length in 0...text.count { Self.expectSame(Array(text[..<length])) }
        for index in text.indices {
            for byte: UInt8 in [0x00, 0x80, 0xC3, 0xE2, 0xF0, 0xFF] {
                var broken = text
                broken[index] = byte
                Self.expectSame(broken, "byte \(index) set to \(byte)")
            }
        }
    }
}
