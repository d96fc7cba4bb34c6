import Mestring

/// A rule a catalogue is checked against: a stable identifier, a severity, a title and rationale
/// that cite the national recommendations, and a check.
///
/// Rules are values so that a profile can list, drop, re-weigh and add them, and so that the rule
/// reference in the documentation is generated from the same values that run. A check reads a
/// prepared ``ValidationContext`` and reports to a ``FindingReporter``; it never changes data and
/// never traps on bad data, so one broken record cannot hide findings about another.
///
/// ```swift
/// let venue = CoDesignRule(
///     id: "oslo.venue", severity: .warning,
///     title: BilingualText(english: "In-person offers name their venue", bokmal: "Tilbud med oppmøte oppgir sted"),
///     rationale: BilingualText(english: "Users must know where to go.", bokmal: "Brukerne må vite hvor de skal.")
/// ) { context, findings in
///     for (position, offer) in context.offers.enumerated()
///     where offer.deliveryMode == .inPerson && offer.venue == nil {
///         findings.report(offer.id, at: position, field: "venue",
///             BilingualText(english: "The venue is missing.", bokmal: "Oppmøtested mangler."),
///             fix: BilingualText(english: "Add the address.", bokmal: "Legg inn adressen."))
///     }
/// }
/// ```
public struct CoDesignRule: Identifiable, Sendable {
    /// A stable, dotted identifier such as `codesign.phases`; the part before the dot is the group.
    public typealias ID = Identifier<CoDesignRule>

    /// How a rule inspects a catalogue.
    public typealias Check = @Sendable (_ context: ValidationContext, _ findings: inout FindingReporter) -> Void

    /// The stable identifier that profiles, reports and documentation refer to.
    public var id: ID
    /// The severity of the rule's findings in the profile that holds it.
    public var severity: Severity
    /// What the rule requires, in one line.
    public var title: BilingualText
    /// Why: the principle and the source (seed) it comes from.
    public var rationale: BilingualText
    /// Inspects a prepared catalogue and reports what is wrong; it never changes data.
    public var check: Check

    /// A rule of the integrator's own; add it to a profile with ``ValidationProfile/add(_:)``.
    public init(id: ID, severity: Severity, title: BilingualText, rationale: BilingualText, check: @escaping Check) {
        self.id = id
        self.severity = severity
        self.title = title
        self.rationale = rationale
        self.check = check
    }

    /// The group the rule belongs to: the part of ``id`` before the first dot (`codesign`, `integrity`…).
    public var group: String { String(id.rawValue.prefix { $0 != "." }) }

    /// Runs the check with the rule's severity and returns what it found.
    public func findings(in context: ValidationContext) -> [Finding] {
        var reporter = FindingReporter(rule: id, severity: severity)
        check(context, &reporter)
        return reporter.findings
    }
}
