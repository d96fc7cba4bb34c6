/// How a ``CoverageTable`` is written: text to read, CSV for a spreadsheet, JSON for programs.
public enum CoverageFormat: String, CaseIterable, Hashable, Sendable {
    /// Counties, health trusts, the Sami language area and every municipality, one line each.
    case text
    /// One row per area and level, with every count in its own column.
    case csv
    /// The table as JSON with sorted keys.
    case json
}
