import Foundation

/// Finds the catalogue files in a package: Mestring JSON files, SQLite files and CSV folders.
enum CatalogFileFinder {
    /// Folders never searched: build output, version control, editor state.
    static let skippedFolders: Set<String> = [".build", ".git", ".swiftpm", "node_modules"]

    static func catalogs(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        var found: [URL] = []
        for case let url as URL in walker {
            let name = url.lastPathComponent
            if skippedFolders.contains(name) || name.hasPrefix(".build") {
                walker.skipDescendants()
                continue
            }
            if isCatalog(url) { found.append(url) }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// `true` for a Mestring JSON catalogue (by its `format` field), a `.sqlite` file, or an `offers.csv`.
    static func isCatalog(_ url: URL) -> Bool {
        switch url.pathExtension.lowercased() {
        case "json":
            guard let handle = try? FileHandle(forReadingFrom: url), let head = try? handle.read(upToCount: 4096) else { return false }
            return String(decoding: head, as: UTF8.self).contains("\"mestring-catalog\"")
        case "sqlite":
            return true
        case "csv":
            return url.lastPathComponent == "offers.csv"
        default:
            return false
        }
    }
}
