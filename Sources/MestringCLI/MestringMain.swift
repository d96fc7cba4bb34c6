import MestringCommandLine

/// The `mestring` command's entry point: the command-line library with the built-in formats.
@main
enum MestringMain {
    static func main() async { await MestringTool().main() }
}
