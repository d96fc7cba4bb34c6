/// What a subcommand runs with: where it writes, and the formats it can read and write.
struct CommandContext: Sendable {
    let console: any Console
    let formats: CatalogFormatRegistry

    /// The catalogue at `path`, matched to a format of the tool's registry.
    func location(_ path: String, csv: CSVSettings = CSVSettings(), format: String? = nil) throws -> CatalogLocation {
        try CatalogLocation(path, csv: csv, format: format, formats: formats)
    }
}
