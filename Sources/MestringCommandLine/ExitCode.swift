/// The command's exit status, as scripts and CI read it.
public enum ExitCode: Int32, Sendable {
    /// Everything worked and nothing was found wrong.
    case success = 0
    /// The command worked and found problems (validation errors, rejected rows).
    case findings = 1
    /// The command could not do its work: wrong arguments, unreadable or malformed input.
    case failure = 2
}
