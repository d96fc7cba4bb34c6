/// What a conformance check found wrong: the check and every problem, in plain words and in a
/// deterministic order, so that the same broken store gives the same report on every run.
public struct ConformanceFailure: Error, CustomStringConvertible, Sendable, Equatable {
    /// The check that failed.
    public var check: ConformanceCheck
    /// Everything the check found wrong, one problem per entry, each naming the field path
    /// (`offers[offer-full].summary[en]`) where it can.
    public var problems: [String]

    /// The check and its problems, one per line, as test reports show them.
    public var description: String {
        "store does not conform (\(check)):\n" + problems.map { "  - " + $0 }.joined(separator: "\n")
    }
}
