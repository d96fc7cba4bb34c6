import Foundation

/// `MestringFuzz <target> [arguments…]`: with `-DFUZZING` (and `-sanitize=fuzzer`) it fuzzes the
/// target with libFuzzer, whose flags and corpus folders follow; without, it replays the files and
/// folders given, so that CI proves every input ever found still ends in an error, never a crash.
@main
struct MestringFuzz {
    /// The environment variable that carries the target into the runs libFuzzer starts itself.
    static let targetVariable = "MESTRING_FUZZ_TARGET"

    /// Picks the target from the first argument (or, in a run libFuzzer started, the environment).
    static func main() {
        var arguments = CommandLine.arguments
        let target: FuzzTarget
        if arguments.count >= 2, let named = FuzzTarget(rawValue: arguments[1]) {
            target = named
            arguments.remove(at: 1)
            // libFuzzer runs itself again without the target argument (-minimize_crash, -fork).
            setenv(targetVariable, named.rawValue, 1)
        } else if let name = ProcessInfo.processInfo.environment[targetVariable], let named = FuzzTarget(rawValue: name) {
            target = named
        } else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            complain("usage: MestringFuzz <\(names)> [libFuzzer flags] <corpus folder or file>…")
            exit(2)
        }
        #if FUZZING
            exit(LibFuzzerDriver.run(target, arguments: arguments))
        #else
            exit(CorpusReplay(target: target).run(paths: Array(arguments.dropFirst())))
        #endif
    }

    /// Writes a line to standard error.
    static func complain(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
