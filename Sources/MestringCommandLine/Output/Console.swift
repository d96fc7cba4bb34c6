import Foundation

/// Where a command writes its results (standard output) and its diagnostics (standard error).
///
/// Commands write through this protocol so that tests can capture exactly what a user sees.
public protocol Console: Sendable {
    /// Writes results: what a script pipes on (standard output).
    func write(_ text: String)
    /// Writes diagnostics and progress (standard error).
    func writeError(_ text: String)
}

/// The process's standard output and standard error.
public struct StandardConsole: Console {
    /// The process's console.
    public init() {}
    /// Writes to standard output.
    public func write(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
    /// Writes to standard error.
    public func writeError(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}

/// Collects output in memory, so a test of an integrator's format can run ``MestringTool`` and
/// assert on exactly what a user would see.
public final class CapturingConsole: Console, @unchecked Sendable {
    private let lock = NSLock()
    private var outputText = ""
    private var errorText = ""

    /// An empty console.
    public init() {}

    /// Everything written to standard output so far.
    public var output: String { lock.withLock { outputText } }
    /// Everything written to standard error so far.
    public var errors: String { lock.withLock { errorText } }

    /// Collects results.
    public func write(_ text: String) { lock.withLock { outputText += text } }
    /// Collects diagnostics.
    public func writeError(_ text: String) { lock.withLock { errorText += text } }
}
