import Foundation
import PackagePlugin

/// A build-tool plugin that validates the catalogue files a target holds (as resources) on every
/// `swift build`, so bad data fails the build like a compile error.
///
/// Each finding is printed as a compiler diagnostic, `path:line: error: message`, which editors and
/// CI logs understand. Clean data builds silently. Apply it to a target:
///
/// ```swift
/// .target(name: "OfferData", resources: [.copy("catalog.json")],
///         plugins: [.plugin(name: "CatalogValidation", package: "Mestring")])
/// ```
@main
struct CatalogValidation: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let tool = try context.tool(named: "mestring").url
        // The tool decides what is a catalogue (`--skip-other-files`): a JSON resource that is not a
        // Mestring catalogue passes silently, so that detection lives in one place.
        let candidates = target.sourceFiles.map(\.url).filter { ["json", "sqlite"].contains($0.pathExtension.lowercased()) }
        return candidates.map { file in
            let stamp = context.pluginWorkDirectoryURL.appending(path: "\(file.lastPathComponent).validated")
            return .buildCommand(
                displayName: "Validating catalogue \(file.lastPathComponent)",
                executable: tool,
                arguments: ["validate", file.path, "--format", "compiler", "--skip-other-files", "--stamp", stamp.path],
                inputFiles: [file],
                outputFiles: [stamp])
        }
    }
}
