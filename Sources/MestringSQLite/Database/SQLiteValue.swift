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
package enum SQLiteValue: Hashable, Sendable, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
{
    /// SQL `NULL`: a value that is not stated.
    case null
    /// A 64-bit integer (also truth values, as 0 or 1).
    case integer(Int)
    /// A floating-point number.
    case real(Double)
    /// UTF-8 text.
    case text(String)
    /// Bytes.
    case blob(Data)

    /// An integer, so that `[12, "oslo"]` reads naturally as arguments.
    package init(integerLiteral value: Int) { self = .integer(value) }
    /// Text, so that `[12, "oslo"]` reads naturally as arguments.
    package init(stringLiteral value: String) { self = .text(value) }
    /// A number, so that `[0.5]` reads naturally as arguments.
    package init(floatLiteral value: Double) { self = .real(value) }
    /// A truth value, stored as 0 or 1 like SQLite does.
    package init(booleanLiteral value: Bool) { self = .integer(value ? 1 : 0) }
    /// `NULL`, so that `[nil]` reads naturally as arguments.
    package init(nilLiteral: ()) { self = .null }

    /// The text, when the value is text.
    package var text: String? { if case .text(let text) = self { text } else { nil } }

    /// The integer, when the value is an integer.
    package var integer: Int? { if case .integer(let integer) = self { integer } else { nil } }
}
