/// The shared behaviour of the catalogue's string-backed values: identifiers, organisation and
/// municipality numbers, language tags.
///
/// Each is written as a plain string in every file format, can be written as a string literal in
/// code (`let municipality: MunicipalityNumber = "4601"`), and sorts in Unicode scalar order, the
/// same order SQLite's `BINARY` collation gives, so every store sorts alike. A conforming type
/// normalises its text in `init(rawValue:)` (e.g. lower-casing a language tag) and never fails:
/// a bad value is kept so that an import loses nothing, and validation reports it.
public protocol StringValue: RawRepresentable, Hashable, Sendable, Comparable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
where RawValue == String {
    /// Creates the value from its text, normalising it; never fails.
    init(rawValue: String)
}

extension StringValue {
    /// Creates the value from its text.
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }

    /// Creates the value from a string literal in code.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// The text, as written in files.
    public var description: String { rawValue }

    /// Unicode scalar order, as SQLite's `BINARY` collation sorts.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue.unicodeScalars.lexicographicallyPrecedes(rhs.rawValue.unicodeScalars)
    }

    /// Decodes the value from a plain string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the value as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
