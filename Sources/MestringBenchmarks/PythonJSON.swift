import Foundation

/// CPython's `json` module on the same file, timed inside Python (so starting the interpreter is
/// not counted): the anchor a person with a script would compare against.
enum PythonJSON {
    private static let script = """
        import json, sys, time
        path, runs, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
        def load():
            with open(path, encoding="utf-8") as f:
                return json.load(f)
        if mode == "load":
            load()
            sys.exit(0)
        def timed(body):
            wall, cpu = time.perf_counter(), time.process_time()
            result = body()
            return result, time.perf_counter() - wall, time.process_time() - cpu
        best_load = best_dumps = (float("inf"), float("inf"))
        for _ in range(runs):
            value, wall, cpu = timed(load)
            best_load = min(best_load, (cpu, wall))
            _, wall, cpu = timed(lambda: json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False))
            best_dumps = min(best_dumps, (cpu, wall))
        print(best_load[1], best_load[0], best_dumps[1], best_dumps[0])
        """

    /// The `json.load` and `json.dumps` times (wall and processor seconds) of the file, each the
    /// run with the least processor time.
    static func time(_ url: URL, runs: Int) throws -> (load: JSONBenchmark.Timing, dumps: JSONBenchmark.Timing) {
        let outcome = try ChildProcess.run(python, ["-c", script, url.path, String(runs), "time"], keepOutput: true)
        let numbers = outcome.output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard outcome.status == 0, numbers.count == 4 else { throw BenchmarkFailure("python3 could not time json: \(outcome.output)") }
        return ((numbers[0], numbers[1]), (numbers[2], numbers[3]))
    }

    /// Peak memory in bytes of a Python process that loads the file once.
    static func peakMemoryOfLoad(_ url: URL) throws -> Int {
        let outcome = try ChildProcess.run(python, ["-c", script, url.path, "1", "load"])
        guard outcome.status == 0 else { throw BenchmarkFailure("python3 could not load the file") }
        return outcome.peakMemory
    }

    private static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "python3"
}
