import Mestring

/// How much a finding matters: an error stops publishing, a warning should be fixed, advice is
/// worth considering.
///
/// Severity belongs to a rule in a ``ValidationProfile``, not to the rule itself: the `strict`
/// profile for publishing turns warnings into errors, and an integrator may raise or lower any rule.
/// Severities compare in declaration order, so the most serious sorts first.
public enum Severity: String, CatalogEnumeration {
    /// The data are wrong or break a prerequisite of the national recommendations (*feil*).
    case error = "error"
    /// The offer falls short of a recommendation; fix it before publishing (*advarsel*).
    case warning = "warning"
    /// Worth a look, not necessarily wrong, e.g. a hospital offer that could be municipal (*råd*).
    case advice = "advice"

    /// What a severity is called in messages.
    public static let vocabularyName = "severity"

    /// The Bokmål name: *feil*, *advarsel*, *råd*.
    public var norwegianLabel: String {
        switch self {
        case .error: "feil"
        case .warning: "advarsel"
        case .advice: "råd"
        }
    }

    /// The SARIF `level` of results with this severity: advice is a `note`.
    var sarifLevel: String {
        switch self {
        case .error: "error"
        case .warning: "warning"
        case .advice: "note"
        }
    }

    /// "3 errors" or "3 feil": a count with the severity's name, for summaries.
    public func counted(_ count: Int, in language: ReportLanguage) -> String {
        switch (language, self) {
        case (.english, .error): "\(count) error\(count == 1 ? "" : "s")"
        case (.english, .warning): "\(count) warning\(count == 1 ? "" : "s")"
        case (.english, .advice): "\(count) advice"
        case (.bokmal, .error): "\(count) feil"
        case (.bokmal, .warning): "\(count) advars\(count == 1 ? "el" : "ler")"
        case (.bokmal, .advice): "\(count) råd"
        }
    }

    /// The severity's name in a report language: `error` or `feil`.
    public func label(in language: ReportLanguage) -> String {
        language == .english ? rawValue : norwegianLabel
    }
}
