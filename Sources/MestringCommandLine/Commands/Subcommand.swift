/// One `mestring` subcommand: its name, its help, and how it runs.
protocol Subcommand: Sendable {
    /// The word after `mestring`, e.g. `show`.
    var name: String { get }
    /// One line for the overview in `mestring --help`.
    var summary: String { get }
    /// The full help shown by `mestring NAME --help`: usage, arguments, options, an example.
    var help: String { get }
    var valueOptions: Set<String> { get }
    var flagOptions: Set<String> { get }
    func run(_ arguments: ArgumentList, context: CommandContext) async throws -> ExitCode
}

extension Subcommand {
    var valueOptions: Set<String> { [] }
    var flagOptions: Set<String> { [] }
}
