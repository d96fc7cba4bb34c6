import Foundation
@testable import MestringCommandLine

/// Runs `mestring` in-process and captures what a user would see.
struct CommandRun {
    let code: ExitCode
    let output: String
    let errors: String

    init(_ arguments: String...) async {
        await self.init(arguments: arguments)
    }

    init(arguments: [String]) async {
        let console = CapturingConsole()
        code = await MestringTool().run(arguments, console: console)
        output = console.output
        errors = console.errors
    }
}

/// Paths inside the repository, found from this file's location.
enum Repository {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = root.appending(path: "Documentation/Examples/catalog.json").path
    static let brokenExample = root.appending(path: "Documentation/Examples/catalog-broken.json").path
}
