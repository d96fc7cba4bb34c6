import Foundation
import Mestring

/// The `mestring` command line as a library: the built-in program is `MestringTool().main()`, and
/// an integrator's program is the same with their own formats registered.
///
/// ```swift
/// import MestringCommandLine
///
/// var formats = CatalogFormatRegistry.standard
/// formats.register(MunicipalFeedStore.format, MunicipalFeedFolder.format)
/// await MestringTool(formats: formats).main()
/// ```
///
/// Every subcommand (`validate`, `show`, `query`, `convert`, …) then reads and writes that format
/// like a built-in one. ``run(_:console:)`` runs one command line without exiting, for tests.
public struct MestringTool: Sendable {
    /// The formats the tool reads and writes.
    public let formats: CatalogFormatRegistry

    /// A tool over `formats`.
    public init(formats: CatalogFormatRegistry = .standard) { self.formats = formats }

    static let subcommands: [any Subcommand] = [
        ValidateCommand(), ShowCommand(), CoverageCommand(), QueryCommand(), ConvertCommand(), ImportCommand(), NewCommand(),
    ]

    var overview: String {
        let width = Self.subcommands.map(\.name.count).max() ?? 0
        let lines = Self.subcommands.map { "  " + $0.name.padding(width) + "  " + $0.summary }
        return """
            mestring – learning-and-coping offers (lærings- og mestringstilbud): load, query, convert and validate catalogues.

            Usage: mestring SUBCOMMAND [ARGUMENTS] [OPTIONS]

            Subcommands:
            \(lines.joined(separator: "\n"))

            \(formats.help)
            Exit codes: 0 success, 1 findings (e.g. validation errors), 2 usage or input/output error.
            Run `mestring SUBCOMMAND --help` for a subcommand's options.

            """
    }

    /// Runs `mestring` with the process's arguments, writes to standard output and standard
    /// error, and exits with the command's code.
    public func main() async -> Never {
        let code = await run(Array(CommandLine.arguments.dropFirst()), console: StandardConsole())
        exit(code.rawValue)
    }

    /// Runs one command line (without the program name) and returns its exit code, writing what a
    /// user would see to `console`.
    public func run(_ arguments: [String], console: any Console) async -> ExitCode {
        guard let name = arguments.first, name != "--help", name != "-h", name != "help" else {
            console.write(overview)
            return arguments.isEmpty ? .failure : .success
        }
        guard let subcommand = Self.subcommands.first(where: { $0.name == name }) else {
            console.writeError("mestring: unknown subcommand '\(name)'\n\n" + overview)
            return .failure
        }
        let help = subcommand.help + formats.help + "\n"
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.write(help)
            return .success
        }
        do {
            let parsed = try ArgumentList(rest, valueOptions: subcommand.valueOptions, flagOptions: subcommand.flagOptions)
            return try await subcommand.run(parsed, context: CommandContext(console: console, formats: formats))
        } catch let error as UsageError {
            console.writeError("mestring \(name): \(error)\n\n\(help)")
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
