import Foundation
import PackagePlugin

/// `swift package validate-catalog [PATHS…] [--profile NAME] [--format text|json|sarif]`:
/// validates catalogue files with the same engine and output as `mestring validate`.
///
/// The plugin is thin on purpose: it finds the files and runs the `mestring` tool, so the
/// command line and the plugin can never disagree. Without paths it validates every catalogue
/// file in the package (`.json` files whose `format` is `mestring-catalog`, `.sqlite` files, and
/// folders holding an `offers.csv`), skipping build folders.
@main
struct ValidateCatalog: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let options = ["profile", "format"].flatMap { name in
            extractor.extractOption(named: name).suffix(1).flatMap { ["--\(name)", $0] }
        }
        let root = context.package.directoryURL
        var paths = extractor.remainingArguments
        if paths.isEmpty { paths = CatalogFileFinder.catalogs(under: root).map(\.path) }
        guard !paths.isEmpty else {
            Diagnostics.warning("no catalogue files found in \(root.path)")
            return
        }
        let tool = try context.tool(named: "mestring").url
        var failed: [String] = []
        for path in paths {
            // Several files: say which report is which (one file keeps JSON and SARIF output clean).
            if paths.count > 1 { print("== \(path)") }
            let process = Process()
            process.executableURL = tool
            process.arguments = ["validate", path] + options
            process.currentDirectoryURL = root
            try process.run()
            process.waitUntilExit()
            if process.terminationStatus != 0 { failed.append(path) }
        }
        if !failed.isEmpty {
            Diagnostics.error("catalogue validation failed for: \(failed.joined(separator: ", "))")
            exit(1)
        }
    }
}
