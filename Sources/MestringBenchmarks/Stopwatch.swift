import Foundation

/// Times benchmark bodies: the fastest of several runs, by the wall clock, with the processor time
/// of that run (all threads), so that parallel work shows as processor time above wall time.
enum Stopwatch {
    static func best(of runs: Int, _ body: () throws -> Void) rethrows -> (wall: Double, processor: Double) {
        var fastest = (wall: Double.infinity, processor: 0.0)
        for _ in 0..<runs {
            let processorStart = processorSeconds()
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if wall < fastest.wall { fastest = (wall, processorSeconds() - processorStart) }
        }
        return fastest
    }

    /// Processor time of this process so far, all threads.
    static func processorSeconds() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }
}
