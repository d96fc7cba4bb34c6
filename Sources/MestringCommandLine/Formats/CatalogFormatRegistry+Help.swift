extension CatalogFormatRegistry {
    /// The formats for help: name and summary, in the order a location is matched.
    var help: String {
        let width = formats.map(\.name.count).max() ?? 0
        let lines = formats.map { "  " + $0.name.padding(width) + "  " + $0.summary + ($0.canWrite ? "" : " (read-only)") }
        return """
            Formats (told by --format NAME, else by contents, else by the longest name ending, else a folder):
            \(lines.joined(separator: "\n"))

            """
    }
}
