import Foundation
import MestringCommandLine

/// The `mestring` command's entry point: runs the command line and exits with its code.
@main
enum MestringMain {
    static func main() async {
        let code = await MestringCommand.run(Array(CommandLine.arguments.dropFirst()), console: StandardConsole())
        exit(code.rawValue)
    }
}
