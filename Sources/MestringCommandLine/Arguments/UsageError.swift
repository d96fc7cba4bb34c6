/// A mistake in how the command was called; reported with the subcommand's usage, exit code 2.
struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
