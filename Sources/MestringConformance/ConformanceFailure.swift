/// What a conformance check found wrong, as a thrown error so that Swift Testing and XCTest both
/// report it with its text.
public struct ConformanceFailure: Error, CustomStringConvertible, Sendable {
    /// The check that failed.
    public var check: ConformanceCheck
    /// Everything the check found wrong, one problem per entry, in plain words.
    public var problems: [String]

    /// The check and its problems, one per line, as test reports show them.
    public var description: String {
        "store does not conform (\(check)):\n" + problems.map { "  - " + $0 }.joined(separator: "\n")
    }
}
