import Dispatch
import Mestring

/// Checks catalogues against the rules of a profile.
///
/// Validation only reports: the catalogue is read, never changed, and every rule runs on its own,
/// so a broken reference in one record does not hide findings about others. Findings come back
/// ordered by record (providers, offers, people, pathways, each in catalogue order), then by the
/// profile's rule order.
///
/// ```swift
/// let report = Validator(profile: .strict).validate(catalog)
/// print(report.render(.text))
/// if report.hasErrors { exit(1) }
/// ```
public struct Validator: Sendable {
    /// The rules and severities this validator applies.
    public var profile: ValidationProfile

    /// A validator for a profile, by default the national recommendations.
    public init(profile: ValidationProfile = .national) {
        self.profile = profile
    }

    /// Runs every rule of the profile on `catalog` and computes the coverage report.
    public func validate(_ catalog: Catalog) -> ValidationReport {
        let context = ValidationContext(catalog)
        let rules = profile.rules
        // Rules are independent and only read the context, so they run side by side; the last
        // iteration computes the coverage report.
        let results = RuleResults(ruleCount: rules.count)
        DispatchQueue.concurrentPerform(iterations: rules.count + 1) { index in
            if index < rules.count {
                results.store(rules[index].findings(in: context), forRuleAt: index)
            } else {
                results.store(CoverageReport(context))
            }
        }
        let collected = results.collected
        return ValidationReport(
            profileName: profile.name, rules: rules, findings: Self.ordered(collected.findings),
            coverage: collected.coverage, offersInNoPathway: Self.offersInNoPathway(context))
    }

    /// The offers no pathway step names, with their positions.
    private static func offersInNoPathway(_ context: ValidationContext) -> [RecordReference] {
        var named = Set<Offer.ID>()
        for pathway in context.pathways { for step in pathway.steps { if let offer = step.offer { named.insert(offer) } } }
        return context.offers.indices.compactMap { position in
            let id = context.offers[position].id
            return named.contains(id) ? nil : RecordReference(id, position: position)
        }
    }

    /// Orders findings by record, then by the rule's place in the profile, then as the rule reported them.
    private static func ordered(_ findingsByRule: [[Finding]]) -> [Finding] {
        var keyed: [(kind: Int, position: Int, rule: Int, sequence: Int)] = []
        var all: [Finding] = []
        for (rule, findings) in findingsByRule.enumerated() {
            for finding in findings {
                keyed.append((rank(of: finding.record?.kind), finding.record?.position ?? -1, rule, all.count))
                all.append(finding)
            }
        }
        keyed.sort { ($0.kind, $0.position, $0.rule, $0.sequence) < ($1.kind, $1.position, $1.rule, $1.sequence) }
        return keyed.map { all[$0.sequence] }
    }

    /// Catalogue-level findings first, then record kinds in catalogue order.
    private static func rank(of kind: RecordKind?) -> Int {
        kind.flatMap { RecordKind.allCases.firstIndex(of: $0) } ?? -1
    }
}
