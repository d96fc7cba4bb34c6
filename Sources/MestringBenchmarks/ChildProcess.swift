import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program as a child process and measures it from outside: wall time, exit status and
/// peak resident memory of the whole process, which is what a person running the command sees.
///
/// Peak memory comes from `/usr/bin/time`, not from this process's own `wait4`: Linux counts a
/// child started by a large process (this benchmark holds whole catalogues) as large as its
/// parent until it runs, and `time`, being small, starts the program from a small process.
struct ChildProcess {
    /// What one run cost.
    struct Outcome {
        var status: Int32
        var seconds: Double
        /// Peak resident set size in bytes.
        var peakMemory: Int
        /// What the program wrote to standard output (when kept).
        var output: String
    }

    /// Runs `executable` with `arguments`; standard error goes to this process's, standard
    /// output is kept (`keepOutput`) or thrown away.
    static func run(_ executable: String, _ arguments: [String], keepOutput: Bool = false) throws -> Outcome {
        let outputURL = FileManager.default.temporaryDirectory.appending(path: "mestring-benchmark-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outputURL) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, keepOutput ? outputURL.path : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let memoryURL = outputURL.appendingPathExtension("memory")
        defer { try? FileManager.default.removeItem(at: memoryURL) }
        let timed = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
        let command = (timed ? ["/usr/bin/time", "-f", "%M", "-o", memoryURL.path] : []) + [executable] + arguments
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawnp(&pid, command[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchmarkFailure("cannot start \(executable): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let output = keepOutput ? (try? String(contentsOf: outputURL, encoding: .utf8)) ?? "" : ""
        let measured = timed ? (try? String(contentsOf: memoryURL, encoding: .utf8)).flatMap { text in
            text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        } : nil
        return Outcome(status: exitStatus, seconds: seconds, peakMemory: (measured ?? usage.ru_maxrss) * 1024, output: output)
    }

    /// The load average over the last minute, to print beside timings on a shared machine.
    static var loadAverage: String {
        var loads = [Double](repeating: 0, count: 3)
        guard getloadavg(&loads, 3) > 0 else { return "unknown" }
        return String(format: "%.2f", loads[0])
    }
}

/// A benchmark that could not run as planned.
struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
