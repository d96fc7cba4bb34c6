/// The language a report is written in: English or Norwegian Bokmål.
///
/// Findings carry both; a municipality's staff read Bokmål, an integrator's CI log may be English.
/// The JSON report always contains both.
public enum ReportLanguage: String, Hashable, Sendable, CaseIterable, Codable {
    /// English.
    case english = "en"
    /// Norsk bokmål.
    case bokmal = "nb"
}
