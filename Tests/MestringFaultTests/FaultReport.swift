/// One line of the fault suite's report: what was tried, how often, how it ended.
///
/// Printed as `fault-suite | test | tries N | passed N | lost N | details`, so the counts of a CI
/// run can be read from its log (`grep fault-suite`).
struct FaultReport {
    /// The test, e.g. `kill convert → sqlite`.
    let test: String
    var tries = 0
    var passed = 0
    /// Runs where data was lost: a catalogue neither old nor new, or a write that vanished.
    var lost = 0
    /// Further counts, in the order they were first named.
    private var details: [(String, Int)] = []

    init(_ test: String) { self.test = test }

    /// Adds `amount` to the count called `name`.
    mutating func count(_ name: String, _ amount: Int = 1) {
        if let index = details.firstIndex(where: { $0.0 == name }) {
            details[index].1 += amount
        } else {
            details.append((name, amount))
        }
    }

    /// Prints the line.
    func print() {
        let extra = details.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        Swift.print("fault-suite | \(test) | tries \(tries) | passed \(passed) | lost \(lost)" + (extra.isEmpty ? "" : " | \(extra)"))
    }
}
