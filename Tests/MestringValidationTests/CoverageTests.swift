import Mestring
import MestringValidation
import Testing

@Suite("Coverage report")
struct CoverageTests {
    /// Bergen has both kinds of offer; Oslo only a healthy-life course; Trondheim only a hospital
    /// living-with course, which does not count; 9999 is no municipality.
    static var catalog: Catalog {
        var catalog = ValidationFixture.clean
        catalog.upsert(Provider(id: "oslo", name: "Frisklivssentralen i Oslo", kind: .healthyLifeCentre, municipalities: ["0301"]))
        catalog.upsert(Provider(id: "st-olavs", name: "St. Olavs hospital", kind: .hospitalDepartment, municipalities: ["5001", "9999"]))
        var oslo = ValidationFixture.offer("oslo-frisklivs", kind: .lifestyleChange, provider: "oslo", focus: .theme)
        oslo.municipalities = ["0301"]
        catalog.upsert(oslo)
        var trondheim = ValidationFixture.offer("trondheim-leve-med", kind: .groupProgramme, provider: "st-olavs", focus: .livingWith)
        trondheim.municipalities = ["5001"]
        catalog.upsert(trondheim)
        return catalog
    }

    @Test func listsServedMunicipalitiesLackingEitherKindOfOffer() {
        let coverage = CoverageReport(catalog: Self.catalog)
        #expect(coverage.municipalities == ["0301", "4601", "5001"])
        #expect(coverage.lackingLifestyleChange == ["5001"])
        #expect(coverage.lackingLivingWith == ["0301", "5001"])
        #expect(!coverage.isComplete)
    }

    @Test func theValidationReportCarriesCoverageInTextAndJSON() {
        let report = Validator().validate(Self.catalog)
        #expect(report.coverage == CoverageReport(catalog: Self.catalog))
        let text = report.render(.text)
        #expect(text.contains("coverage: 3 municipalities served\n"))
        #expect(text.contains("  lacking a lifestyle-change offer: 5001 Trondheim - Tråante\n"))
        #expect(text.contains("  lacking a living-with offer: 0301 Oslo, 5001 Trondheim - Tråante\n"))
        let json = report.render(.json)
        #expect(json.contains("\"lackingLivingWith\" : [\n      \"0301\",\n      \"5001\"\n    ]"))
    }

    @Test func aCatalogueServingEveryMunicipalityItNamesWithBothIsComplete() {
        #expect(CoverageReport(catalog: ValidationFixture.clean).isComplete)
        #expect(CoverageReport(catalog: Catalog()).municipalities.isEmpty)
    }
}
