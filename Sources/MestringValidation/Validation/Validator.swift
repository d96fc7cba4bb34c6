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
        // Rules are independent and only read the context, so they run side by side. The first
        // iteration computes the coverage report, the longest part, so that the rules fill the
        // other core meanwhile instead of it running alone at the end.
        let results = RuleResults(ruleCount: rules.count)
        DispatchQueue.concurrentPerform(iterations: rules.count + 1) { index in
            if index == 0 {
                results.store(CoverageReport(context))
            } else {
                results.store(rules[index - 1].findings(in: context), forRuleAt: index - 1)
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
    ///
    /// A counting sort: each record (and the catalogue) has a slot, and findings go into their
    /// record's slot in rule order, so the order within a slot is already right and no comparison
    /// sort of 90,000 findings is needed.
    private static func ordered(_ findingsByRule: [[Finding]]) -> [Finding] {
        let kinds = RecordKind.allCases.count
        // The lowest and highest position per kind; a finding without a position sorts first.
        var lowest = [Int](repeating: -1, count: kinds), highest = [Int](repeating: -1, count: kinds)
        for findings in findingsByRule {
            for finding in findings {
                guard let record = finding.record else { continue }
                let kind = rank(of: record.kind), position = record.position ?? -1
                lowest[kind] = min(lowest[kind], position)
                highest[kind] = max(highest[kind], position)
            }
        }
        // Slot 0 is the catalogue's; then each kind's positions, in catalogue order of kinds.
        var base = [Int](repeating: 1, count: kinds + 1)
        for kind in 0..<kinds { base[kind + 1] = base[kind] + highest[kind] - lowest[kind] + 1 }
        func slot(_ finding: Finding) -> Int {
            guard let record = finding.record else { return 0 }
            let kind = rank(of: record.kind)
            return base[kind] + (record.position ?? -1) - lowest[kind]
        }
        var starts = [Int](repeating: 0, count: base[kinds] + 1)
        for findings in findingsByRule { for finding in findings { starts[slot(finding) + 1] += 1 } }
        for index in starts.indices.dropFirst() { starts[index] += starts[index - 1] }
        let total = starts[base[kinds]]
        var places = [(rule: Int, index: Int)](repeating: (0, 0), count: total)
        for (rule, findings) in findingsByRule.enumerated() {
            for (index, finding) in findings.enumerated() {
                let slot = slot(finding)
                places[starts[slot]] = (rule, index)
                starts[slot] += 1
            }
        }
        return places.map { findingsByRule[$0.rule][$0.index] }
    }

    /// The place of a record kind in catalogue order.
    private static func rank(of kind: RecordKind) -> Int {
        RecordKind.allCases.firstIndex(of: kind) ?? 0
    }
}
