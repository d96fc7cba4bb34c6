/// The forms a validation report takes.
public enum ReportFormat: String, Hashable, Sendable, CaseIterable, Codable {
    /// For people: findings grouped by record, like a compiler's output, ending in a summary line.
    case text
    /// For programs: every finding in both languages, with stable, sorted keys.
    case json
    /// For code-scanning tools and editors: SARIF 2.1.0.
    case sarif
    /// For build logs: one `path:line:column: error|warning|note: message` line per finding, the
    /// form compilers print, which editors and CI logs turn into clickable diagnostics.
    case compiler
}
