extension StoreError {
    /// What kind of failure a ``StoreError`` is.
    ///
    /// A struct of named values rather than an enumeration, so that a later release can add a kind
    /// without breaking a client's `switch` (which needs a `default`). Compare with `==` or match
    /// with `case .notFound:`; an adapter with a failure none of these describe may define its own
    /// value in an extension, e.g. `static let quotaExceeded = StoreError.Kind(rawValue: "quotaExceeded")`.
    public struct Kind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        /// The kind's name, as written in reports (`malformedData`).
        public let rawValue: String

        /// A kind from its name; use the named kinds unless an adapter needs its own.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The data could not be read as a catalogue: syntax, a wrong type, an unknown value, a missing field.
        public static let malformedData = Kind(rawValue: "malformedData")
        /// The data is in a format or format version this version of Mestring does not read.
        public static let unsupportedVersion = Kind(rawValue: "unsupportedVersion")
        /// The file or database does not exist.
        public static let notFound = Kind(rawValue: "notFound")
        /// The store cannot be written to.
        public static let readOnly = Kind(rawValue: "readOnly")
        /// The operating system or database refused an operation (permissions, disk full, locked).
        public static let io = Kind(rawValue: "io")
        /// The data breaks a constraint the store enforces (e.g. a reference to a missing record,
        /// or a value the format cannot hold).
        public static let constraint = Kind(rawValue: "constraint")
        /// Another program changed the store since this one loaded it: saving would silently
        /// overwrite that change, so nothing was written. Load again, reapply, save.
        public static let conflict = Kind(rawValue: "conflict")

        /// The kind's name, so that `"\(error.kind)"` reads `readOnly` as it did for the enumeration.
        public var description: String { rawValue }
    }
}
