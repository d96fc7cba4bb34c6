/// A member value waiting for its object to be written, since members are written in sorted
/// order of their names and `encode(to:)` gives them in declaration order.
enum JSONPendingValue {
    case scalar(JSONScalar)
    case value(any Encodable)
    /// A container made with `nestedContainer`, `nestedUnkeyedContainer` or `superEncoder`.
    case nested(JSONValueEncoder)
}
