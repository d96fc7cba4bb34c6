/// A named set of rules with their severities: what "valid" means for one use of a catalogue.
///
/// `national` follows the national recommendations; `strict` is for publishing, where every
/// warning must be fixed. An integrator starts from either and adjusts it in a few lines:
///
/// ```swift
/// var profile = ValidationProfile.national
/// profile.disable("access.sign-up")                    // our offers are all by referral
/// profile.setSeverity(.error, for: "codesign.co-led-group")
/// profile.add(venueRule)                               // a CoDesignRule of our own
/// let report = Validator(profile: profile).validate(catalog)
/// ```
public struct ValidationProfile: Sendable {
    /// The profile's name, shown in reports (`national`, `strict`, or the integrator's own).
    public var name: String
    /// The rules that run, in report order, each with its severity in this profile.
    public var rules: [CoDesignRule]

    /// A profile of the integrator's own; most start from ``national`` and adjust it instead.
    public init(name: String, rules: [CoDesignRule]) {
        self.name = name
        self.rules = rules
    }

    /// The national recommendations (*nasjonale anbefalinger*): every built-in rule at its own severity.
    public static let national = ValidationProfile(name: "national", rules: CoDesignRule.builtIn)

    /// For publishing: like `national`, but warnings are errors; advice stays advice.
    public static let strict = ValidationProfile(
        name: "strict",
        rules: CoDesignRule.builtIn.map { rule in
            var raised = rule
            if rule.severity == .warning { raised.severity = .error }
            return raised
        })

    /// The built-in profiles, for a command line option such as `--profile strict`.
    public static let builtIn: [ValidationProfile] = [national, strict]

    /// The built-in profile with this name.
    public static func named(_ name: String) -> ValidationProfile? { builtIn.first { $0.name == name } }

    /// The rule with this identifier.
    public subscript(id: CoDesignRule.ID) -> CoDesignRule? { rules.first { $0.id == id } }

    /// Stops running a rule.
    /// - Returns: `false` when the profile has no such rule, which usually means a misspelt id.
    @discardableResult
    public mutating func disable(_ id: CoDesignRule.ID) -> Bool {
        let before = rules.count
        rules.removeAll { $0.id == id }
        return rules.count != before
    }

    /// Changes the severity a rule's findings get.
    /// - Returns: `false` when the profile has no such rule, which usually means a misspelt id.
    @discardableResult
    public mutating func setSeverity(_ severity: Severity, for id: CoDesignRule.ID) -> Bool {
        guard let index = rules.firstIndex(where: { $0.id == id }) else { return false }
        rules[index].severity = severity
        return true
    }

    /// Adds a rule, or replaces the rule with the same identifier in place.
    public mutating func add(_ rule: CoDesignRule) {
        if let index = rules.firstIndex(where: { $0.id == rule.id }) {
            rules[index] = rule
        } else {
            rules.append(rule)
        }
    }
}
