/// The shared behaviour of every closed vocabulary in the catalogue (audiences, kinds, stages…).
///
/// Each case has one stable spelling (its raw value, in kebab-case English) used by every file
/// format, and a Norwegian label for people. Decoding an unknown spelling fails with a message that
/// lists the allowed spellings, so an integrator sees `unknown audience "pasient"; expected one of
/// patients, users, …` instead of a generic type error.
public protocol CatalogEnumeration: RawRepresentable, CaseIterable, Codable, Hashable, Sendable,
    Comparable, CustomStringConvertible
where RawValue == String, AllCases: RandomAccessCollection {
    /// What one value of this vocabulary is called in messages, e.g. "audience".
    static var vocabularyName: String { get }
    /// The user-facing Norwegian Bokmål label, e.g. "pårørende".
    var norwegianLabel: String { get }
    /// Other words people use for this value in Norwegian (`kurs` for a group programme), which
    /// ``NorwegianWords`` understands besides the spelling and the label. Empty by default.
    var norwegianWords: [String] { get }
}

extension CatalogEnumeration {
    /// No other words by default: the spelling and the Norwegian label are understood already.
    public var norwegianWords: [String] { [] }

    /// The stable spelling, so that messages and logs show what files contain.
    public var description: String { rawValue }

    /// The case's position in declaration order, which is the domain order (prevention before
    /// rehabilitation).
    ///
    /// A vocabulary is an enum without payloads, which Swift stores as its case index in one byte;
    /// reading that byte makes comparing and hashing as cheap as for an integer. (The default
    /// `==` of `RawRepresentable` would compare the raw-value strings instead.) Not public: it is
    /// how the comparisons below are made, not a number clients should store;
    /// `@inlinable` (which implies `@usableFromInline`) lets the inlinable `==`, `hash` and `<` use it.
    @inlinable
    internal var ordinal: Int {
        switch MemoryLayout<Self>.size {
        case 0: 0
        case 1: Int(withUnsafeBytes(of: self) { $0[0] })
        default: Self.allCases.firstIndex { $0.rawValue == rawValue }.map { Self.allCases.distance(from: Self.allCases.startIndex, to: $0) } ?? 0
        }
    }

    /// Two values are equal when they are the same case; compares case indices, not strings.
    @inlinable
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.ordinal == rhs.ordinal }

    /// Hashes the case index, so sets and dictionaries of vocabulary values hash no strings.
    @inlinable
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    /// Cases compare in declaration order, which is the domain order.
    @inlinable
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The allowed spellings, comma-separated, for error messages and documentation.
    public static var allowedSpellings: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// Parses a spelling, accepting surrounding white space and any letter case.
    public init?(spelling: some StringProtocol) {
        let trimmed = spelling.trimmingSpaces().lowercased()
        guard let value = Self(rawValue: trimmed) else { return nil }
        self = value
    }

    /// Parses a spelling or the Norwegian label (`pårørende` for ``Audience/nextOfKin``), in any
    /// letter case, as people type them in spreadsheets and on the command line.
    public init?(spellingOrLabel text: some StringProtocol) {
        let folded = text.trimmingSpaces().lowercased()
        guard let value = Self(rawValue: folded) ?? Self.allCases.first(where: { $0.norwegianLabel.lowercased() == folded })
        else { return nil }
        self = value
    }

    /// The message used when a spelling is not part of the vocabulary.
    public static func unknownSpellingMessage(_ spelling: String) -> String {
        "unknown \(vocabularyName) \(StoreError.excerpt(spelling)); expected one of \(allowedSpellings)"
    }

    /// Reads the stable spelling; an unknown spelling fails with ``unknownSpellingMessage(_:)``,
    /// which lists the allowed ones.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let spelling = try container.decode(String.self)
        guard let value = Self(rawValue: spelling) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: Self.unknownSpellingMessage(spelling))
        }
        self = value
    }

    /// Writes the stable spelling (the raw value).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space (no Foundation needed); shared by the
    /// package's modules, not part of the public API.
    package func trimmingSpaces() -> Substring {
        let text = Substring(self)
        // The usual value starts and ends with a visible ASCII character: no Character needs to be
        // formed. (A Character's whitespace is its first scalar's, and no grapheme cluster that
        // ends in such a byte starts with whitespace.)
        if let first = text.utf8.first, let last = text.utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) {
            return text
        }
        guard let start = text.firstIndex(where: { !$0.isWhitespace }),
            let end = text.lastIndex(where: { !$0.isWhitespace })
        else { return text[text.endIndex...] }
        return text[start...end]
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
