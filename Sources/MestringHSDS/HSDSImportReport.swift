/// What an HSDS import could not place in Mestring, and what it had to assume: nothing from a
/// foreign feed is dropped without a line here.
///
/// HSDS describes social services in general (funding, required documents, opening hours by
/// weekday…); Mestring describes learning-and-coping offers. What has no Mestring field is listed
/// with its place in the feed (`contents[0].services[2].wait_time`, or `services.csv row 3:
/// wait_time`) so that an integrator can decide whether it matters. What Mestring needs and the
/// feed does not say is left *not stated*; `mestring validate` then says what to add.
///
/// The report names fields, never their values, because values can be personal data (contact names).
public struct HSDSImportReport: Hashable, Sendable, CustomStringConvertible {
    /// One field of the feed with no place in Mestring, or one value Mestring had to assume.
    public struct Item: Hashable, Sendable, CustomStringConvertible {
        /// Where in the feed: a JSON path, or a table, row and column.
        public var place: String
        /// Why it is listed.
        public var reason: String

        /// `place: reason`.
        public var description: String { "\(place): \(reason)" }
    }

    /// Fields of the feed that have no place in Mestring, in feed order.
    public internal(set) var unmapped: [Item] = []
    /// Values Mestring needs and the feed does not give, that the import had to fill in.
    public internal(set) var assumed: [Item] = []

    /// An empty report.
    public init() {}

    /// `true` when everything in the feed found its place and nothing was assumed.
    public var isEmpty: Bool { unmapped.isEmpty && assumed.isEmpty }

    /// One line per item, unmapped first.
    public var description: String {
        (unmapped.map { "no place in Mestring: \($0)" } + assumed.map { "assumed: \($0)" }).joined(separator: "\n")
    }
}
