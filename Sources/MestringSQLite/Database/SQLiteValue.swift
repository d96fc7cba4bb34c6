import Foundation

/// One SQLite value of any storage class, for arguments and results of ad hoc statements.
///
/// The store's own reads and writes bind typed values directly; this type serves the
/// `execute(_:arguments:)` and `rows(_:arguments:)` conveniences of ``Database``, where a list of
/// mixed values is natural.
///
/// ```swift
/// try database.execute("UPDATE offers SET capacity = ? WHERE id = ?", arguments: [12, "oslo-kols"])
/// ```
public enum SQLiteValue: Hashable, Sendable, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
{
    case null
    case integer(Int)
    case real(Double)
    case text(String)
    case blob(Data)

    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(stringLiteral value: String) { self = .text(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    /// A truth value, stored as 0 or 1 like SQLite does.
    public init(booleanLiteral value: Bool) { self = .integer(value ? 1 : 0) }
    public init(nilLiteral: ()) { self = .null }

    /// The text, when the value is text.
    public var text: String? { if case .text(let text) = self { text } else { nil } }

    /// The integer, when the value is an integer.
    public var integer: Int? { if case .integer(let integer) = self { integer } else { nil } }
}
