/// What a conformance check found wrong, as a thrown error so that Swift Testing and XCTest both
/// report it with its text.
public struct ConformanceFailure: Error, CustomStringConvertible, Sendable {
    public var check: ConformanceCheck
    public var problems: [String]

    public var description: String {
        "store does not conform (\(check)):\n" + problems.map { "  - " + $0 }.joined(separator: "\n")
    }
}
