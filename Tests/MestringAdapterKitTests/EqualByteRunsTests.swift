import Testing

@testable import MestringAdapterKit

/// Parts read side by side finish together only when each holds about as much text: one large
/// item among small ones must get a run of its own, and no item may be lost or read twice.
@Suite("Runs of about equal bytes")
struct EqualByteRunsTests {
    @Test func aLargeItemGetsARunOfItsOwn() {
        // One organisation of 970 bytes, then three small ones: split by count, two and two.
        #expect(EqualByteRuns.runs(2, starts: [0, 970, 980, 990], end: 1_000) == [0..<1, 1..<4])
    }

    @Test func runsCoverEveryItemOnceInOrder() {
        let starts = (0..<100).map { $0 * $0 }
        for count in [2, 3, 7] {
            let runs = EqualByteRuns.runs(count, starts: starts, end: 100 * 100)
            #expect(runs.flatMap { Array($0) } == Array(0..<100), "\(count) runs")
            #expect(runs.count == count)
        }
    }

    @Test func oneItemLargerThanAShareLeavesNoEmptyRun() {
        // The second item starts before the first share ends: both shares after it are empty.
        #expect(EqualByteRuns.runs(3, starts: [0, 1], end: 1_000) == [0..<2])
    }
}
