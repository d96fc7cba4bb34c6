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

    @Test func theBrokenExampleTriggersEveryRuleGroup() throws {
        let report = Validator().validate(try ExampleCatalogue.load("catalog-broken.json"))
        let groups = Set(report.findings.map { $0.rule.rawValue.prefix { $0 != "." } })
        #expect(groups == ["codesign", "placement", "pathway", "integrity", "access"], "\(report.render(.text))")
        #expect(report.hasErrors)
    }
}
