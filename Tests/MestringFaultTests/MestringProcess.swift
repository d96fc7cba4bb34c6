import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The built `mestring` command, run as a child process: what a user runs, killed where a user's
/// machine might kill it.
struct MestringProcess {
    /// What a finished run printed and how it ended.
    struct Outcome {
        /// The exit status, or the signal's number when killed.
        var status: Int32
        /// `true` when the process ended by a signal (the kill came before the end).
        var wasKilled: Bool
        /// Standard error.
        var errors: String
    }

    /// The `mestring` executable beside the test bundle (SwiftPM builds both into one folder).
    static var executable: URL? {
        let bundle = URL(filePath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        let candidate = bundle.appending(path: "mestring")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }

    let process = Process()
    private let errorFile: URL

    /// Starts `mestring` with `arguments` in `folder`.
    init(_ arguments: [String], in folder: URL) throws {
        guard let executable = Self.executable else { throw FaultSuiteError("the mestring binary is not built beside the tests") }
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        errorFile = FileManager.default.temporaryDirectory.appending(path: "mestring-fault-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
    }

    /// Sends `SIGKILL` (nothing of the process runs after it: no clean-up, no `defer`).
    func kill() { _ = Glibc.kill(process.processIdentifier, SIGKILL) }

    /// Waits for the end and collects what was printed.
    func finish() -> Outcome {
        process.waitUntilExit()
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: errorFile)
        return Outcome(
            status: process.terminationStatus, wasKilled: process.terminationReason == .uncaughtSignal, errors: errors)
    }

    /// Runs `mestring` to its end.
    static func run(_ arguments: String..., in folder: URL) throws -> Outcome {
        try run(arguments, in: folder)
    }

    /// Runs `mestring` to its end.
    static func run(_ arguments: [String], in folder: URL) throws -> Outcome {
        try MestringProcess(arguments, in: folder).finish()
    }
}

/// A failure of the suite's own set-up, with a reason.
struct FaultSuiteError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
