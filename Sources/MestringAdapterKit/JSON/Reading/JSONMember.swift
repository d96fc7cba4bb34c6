/// A member of an object in a checked JSON text: its name's bytes and its value.
struct JSONMember {
    /// The offset of the name's first byte after the opening quote; -1 for an array element
    /// listed as a member (when finding places).
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
