import Mestring

/// Dispatches `mestring SUBCOMMAND …` and turns errors into messages on standard error and exit codes.
public enum MestringCommand {
    static let subcommands: [any Subcommand] = [
        ValidateCommand(), ShowCommand(), CoverageCommand(), QueryCommand(), ConvertCommand(), ImportCommand(), NewCommand(),
    ]

    static var overview: String {
        let width = subcommands.map(\.name.count).max() ?? 0
        let lines = subcommands.map { "  " + $0.name.padding(width) + "  " + $0.summary }
        return """
            mestring – learning-and-coping offers (lærings- og mestringstilbud): load, query, convert and validate catalogues.

            Usage: mestring SUBCOMMAND [ARGUMENTS] [OPTIONS]

            Subcommands:
            \(lines.joined(separator: "\n"))

            Files: .json (Mestring JSON), .sqlite/.db (SQLite), a folder (CSV), or a .csv file of offers (read-only).
            Exit codes: 0 success, 1 findings (e.g. validation errors), 2 usage or input/output error.
            Run `mestring SUBCOMMAND --help` for a subcommand's options.

            """
    }

    public static func run(_ arguments: [String], console: any Console) async -> ExitCode {
        guard let name = arguments.first, name != "--help", name != "-h", name != "help" else {
            console.write(overview)
            return arguments.isEmpty ? .failure : .success
        }
        guard let subcommand = subcommands.first(where: { $0.name == name }) else {
            console.writeError("mestring: unknown subcommand '\(name)'\n\n" + overview)
            return .failure
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.write(subcommand.help)
            return .success
        }
        do {
            let parsed = try ArgumentList(rest, valueOptions: subcommand.valueOptions, flagOptions: subcommand.flagOptions)
            return try await subcommand.run(parsed, console: console)
        } catch let error as UsageError {
            console.writeError("mestring \(name): \(error)\n\n\(subcommand.help)")
            return .failure
        } catch let error as StoreError {
            console.writeError("mestring \(name): \(error)\n")
            return .failure
        } catch {
            console.writeError("mestring \(name): \(error)\n")
            return .failure
        }
    }
}

extension String {
    /// The string padded with spaces to `width` characters, for aligned columns.
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
