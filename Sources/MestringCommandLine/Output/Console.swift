import Foundation

/// Where a command writes its results (standard output) and its diagnostics (standard error).
///
/// Commands write through this protocol so that tests can capture exactly what a user sees.
public protocol Console: Sendable {
    func write(_ text: String)
    func writeError(_ text: String)
}

/// The process's standard output and standard error.
public struct StandardConsole: Console {
    public init() {}
    public func write(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
    public func writeError(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}

/// Collects output in memory, for tests.
final class CapturingConsole: Console, @unchecked Sendable {
    private let lock = NSLock()
    private var outputText = ""
    private var errorText = ""

    var output: String { lock.withLock { outputText } }
    var errors: String { lock.withLock { errorText } }

    func write(_ text: String) { lock.withLock { outputText += text } }
    func writeError(_ text: String) { lock.withLock { errorText += text } }
}
