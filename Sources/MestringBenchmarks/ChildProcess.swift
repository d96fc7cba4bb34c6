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
        /// Processor time (user and system) of the program, in seconds; on a busy machine this is
        /// what the program itself cost, where wall time also counts waiting for a core.
        var processorSeconds: Double
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
        let command = (timed ? ["/usr/bin/time", "-f", "%M %U %S", "-o", memoryURL.path] : []) + [executable] + arguments
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
        // `time` writes "peak-kB user-seconds system-seconds" on its last line.
        let measured = timed ? (try? String(contentsOf: memoryURL, encoding: .utf8)).flatMap { text in
            text.split(separator: "\n").last.map { $0.split(separator: " ").compactMap { Double($0) } }
        } : nil
        let ownUsage = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        let peak = measured.flatMap { $0.count == 3 ? Int($0[0]) : nil } ?? usage.ru_maxrss
        let processor = measured.flatMap { $0.count == 3 ? $0[1] + $0[2] : nil } ?? ownUsage
        return Outcome(status: exitStatus, seconds: seconds, peakMemory: peak * 1024, processorSeconds: processor, output: output)
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
