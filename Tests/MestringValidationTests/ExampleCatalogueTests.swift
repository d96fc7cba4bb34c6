import Mestring
import MestringValidation
import Testing

@Suite("Example catalogues")
struct ExampleCatalogueTests {
    @Test func theCleanExampleHasNoErrorsUnderNational() throws {
        let catalog = try ExampleCatalogue.load("catalog.json")
        #expect(catalog.offers.count > 0)
        try catalog.requireNoValidationErrors(profile: .national)
    }

    @Test func theBrokenExampleTriggersEveryBuiltInRule() throws {
        let report = Validator().validate(try ExampleCatalogue.load("catalog-broken.json"))
        // The JSON Schema already rejects a malformed language tag, and the example conforms to
        // the schema; CSV imports are where integrity.language-tag matters (RuleTests break it).
        let missing = Set(CoDesignRule.builtIn.map(\.id)).subtracting(report.findings.map(\.rule))
        #expect(missing == ["integrity.language-tag"], "\(missing.sorted())")
        #expect(report.hasErrors)
    }
}
