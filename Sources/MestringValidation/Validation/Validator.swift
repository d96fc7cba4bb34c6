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
        DispatchQueue.concurrentPerform(iterations: rules.count + 2) { index in
            switch index {
            case 0: results.store(CoverageReport(context))
            case 1: results.store(offersInNoPathway: Self.offersInNoPathway(context))
            default: results.store(rules[index - 2].findings(in: context), forRuleAt: index - 2)
            }
        }
        var collected = results.take()
        return ValidationReport(
            profileName: profile.name, rules: rules, findings: Self.ordered(&collected.findings),
            coverage: collected.coverage, offersInNoPathway: collected.offersInNoPathway)
    }

    /// The offers no pathway step names, with their positions.
    ///
    /// When every offer's identifier is its own, the named offers are found by looking up the
    /// few identifiers the steps name, instead of hashing the identifier of each of 100,000 offers.
    private static func offersInNoPathway(_ context: ValidationContext) -> [RecordReference] {
        var named = Set<Offer.ID>()
        for pathway in context.pathways { for step in pathway.steps { if let offer = step.offer { named.insert(offer) } } }
        var isNamed = [Bool](repeating: false, count: context.offers.count)
        if context.catalog.offers.hasRepeatedIDs {
            context.forEachOffer { position, offer in isNamed[position] = named.contains(offer.id) }
        } else {
            for id in named { if let position = context.position(of: id) { isNamed[position] = true } }
        }
        var unnamed: [RecordReference] = []
        unnamed.reserveCapacity(isNamed.count(where: { !$0 }))
        context.forEachOffer { position, offer in
            if !isNamed[position] { unnamed.append(RecordReference(offer.id, position: position)) }
        }
        return unnamed
    }

    /// Orders findings by record, then by the rule's place in the profile, then as the rule reported them.
    ///
    /// A counting sort: each record (and the catalogue) has a slot, and findings go into their
    /// record's slot in rule order, so the order within a slot is already right and no comparison
    /// sort of 90,000 findings is needed. Findings are moved, not copied, from the rules' arrays
    /// into the report: a copy costs a reference count for each of a finding's strings, and its
    /// release as many again when the rules' arrays are freed.
    private static func ordered(_ findingsByRule: inout [[Finding]]) -> [Finding] {
        let kinds = RecordKind.allCases.count
        // The lowest and highest position per kind; a finding without a position sorts first.
        var lowest = [Int](repeating: -1, count: kinds), highest = [Int](repeating: -1, count: kinds)
        for findings in findingsByRule {
            findings.withUnsafeBufferPointer { findings in
                // By index: `for finding in findings` copies each finding, a reference count for
                // each of its strings.
                for index in findings.indices {
                    guard let kind = (findings[index].record?.kind).map(rank(of:)) else { continue }
                    let position = findings[index].record?.position ?? -1
                    lowest[kind] = min(lowest[kind], position)
                    highest[kind] = max(highest[kind], position)
                }
            }
        }
        // Slot 0 is the catalogue's; then each kind's positions, in catalogue order of kinds.
        var base = [Int](repeating: 1, count: kinds + 1)
        for kind in 0..<kinds { base[kind + 1] = base[kind] + highest[kind] - lowest[kind] + 1 }
        var slots: [Int] = []
        slots.reserveCapacity(findingsByRule.reduce(0) { $0 + $1.count })
        var starts = [Int](repeating: 0, count: base[kinds] + 1)
        for findings in findingsByRule {
            findings.withUnsafeBufferPointer { findings in
                for index in findings.indices {
                    var slot = 0
                    if let kind = (findings[index].record?.kind).map(rank(of:)) {
                        slot = base[kind] + (findings[index].record?.position ?? -1) - lowest[kind]
                    }
                    slots.append(slot)
                    starts[slot + 1] += 1
                }
            }
        }
        for index in starts.indices.dropFirst() { starts[index] += starts[index - 1] }
        return [Finding](unsafeUninitializedCapacity: slots.count) { ordered, count in
            var next = 0
            for rule in findingsByRule.indices {
                findingsByRule[rule].withUnsafeMutableBufferPointer { findings in
                    guard let first = findings.baseAddress else { return }
                    for index in findings.indices {
                        let slot = slots[next]
                        next += 1
                        (ordered.baseAddress! + starts[slot]).moveInitialize(from: first + index, count: 1)
                        starts[slot] += 1
                    }
                    // The moved-from places hold no finding now; fill them with the empty one, which
                    // owns nothing, so that freeing the rule's array releases nothing twice.
                    first.initialize(repeating: .moved, count: findings.count)
                }
            }
            count = next
        }
    }

    /// The place of a record kind in catalogue order, without making `allCases` for each finding.
    private static func rank(of kind: RecordKind) -> Int {
        switch kind {
        case .provider: 0
        case .offer: 1
        case .person: 2
        case .pathway: 3
        case .programme: 4
        case .evaluation: 5
        }
    }
}
