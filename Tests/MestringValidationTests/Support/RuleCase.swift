import Mestring
import MestringValidation
import Testing

/// A change to the clean fixture, and the findings one rule must report for it (and no other rule).
struct RuleCase: Sendable, CustomTestStringConvertible {
    let rule: CoDesignRule.ID
    let name: String
    let fields: [String]
    let change: @Sendable (inout Catalog) -> Void

    init(_ rule: CoDesignRule.ID, _ name: String, fields: [String], change: @escaping @Sendable (inout Catalog) -> Void) {
        self.rule = rule
        self.name = name
        self.fields = fields
        self.change = change
    }

    var catalog: Catalog {
        var catalog = ValidationFixture.clean
        change(&catalog)
        return catalog
    }

    var testDescription: String { "\(rule): \(name)" }
}
