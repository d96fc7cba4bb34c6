import Foundation
import Mestring
import MestringValidation
import Testing

/// Offers «skal inngå i helhetlige forløp» (000, 001, 003): the report lists those no pathway names.
@Suite("Offers in no pathway")
struct PathwayReportTests {
    @Test func listsTheOffersNoStepNamesInCatalogueOrder() throws {
        let report = Validator().validate(ValidationFixture.clean)
        // The COPD pathway names the hospital course and the peer group; its municipal step names
        // only a kind of offer, which places no particular offer in the pathway.
        #expect(report.offersInNoPathway.map(\.id) == ["lifestyle", "living-with", "smil"])
        #expect(report.offersInNoPathway.map(\.position) == [1, 2, 4])
        #expect(report.render(.text).contains("offers in no pathway (3): lifestyle, living-with, smil"))
        #expect(report.render(.text, language: .bokmal).contains("tilbud som ikke inngår i noe forløp (3):"))
        struct Document: Decodable { let offersInNoPathway: [String] }
        let json = try JSONDecoder().decode(Document.self, from: Data(report.render(.json).utf8))
        #expect(json.offersInNoPathway == ["lifestyle", "living-with", "smil"])
    }

    @Test func anOfferNamedByAStepLeavesTheList() {
        var catalog = ValidationFixture.clean
        catalog.change(Pathway.ID("copd")) { pathway in pathway.steps[1].offer = "lifestyle" }
        let report = Validator().validate(catalog)
        #expect(report.offersInNoPathway.map(\.id) == ["living-with", "smil"])
        #expect(report.findings.isEmpty, "\(report.render(.text))")
    }
}
