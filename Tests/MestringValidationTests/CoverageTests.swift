import Foundation
import Mestring
import MestringValidation
import Testing

@Suite("Coverage report")
struct CoverageTests {
    /// Bergen has both kinds of municipal offer; Oslo only a healthy-life course and a voluntary
    /// living-with group, which is not the municipality's; Trondheim only a hospital living-with
    /// course, which does not count either; Tromsø a municipal course across diagnoses, which
    /// counts as coping; 9999 is no municipality.
    static var catalog: Catalog {
        var catalog = ValidationFixture.clean
        catalog.upsert(Provider(id: "oslo", name: "Frisklivssentralen i Oslo", kind: .healthyLifeCentre, municipalities: ["0301"]))
        catalog.upsert(Provider(id: "oslo-lhl", name: "LHL Oslo", kind: .voluntaryOrganisation, municipalities: ["0301"]))
        catalog.upsert(
            Provider(
                id: "st-olavs", name: "St. Olavs hospital", kind: .hospitalDepartment, municipalities: ["5001", "9999"],
                healthTrust: "St. Olavs hospital HF"))
        catalog.upsert(Provider(id: "tromso", name: "Tromsø kommune", kind: .municipalUnit, municipalities: ["5501"]))
        catalog.upsert(placed(ValidationFixture.offer("oslo-frisklivs", kind: .lifestyleChange, provider: "oslo", focus: .theme), ["0301"]))
        catalog.upsert(placed(ValidationFixture.offer("oslo-lhl-leve-med", kind: .peerGroup, provider: "oslo-lhl", focus: .livingWith), ["0301"]))
        catalog.upsert(
            placed(ValidationFixture.offer("trondheim-leve-med", kind: .groupProgramme, provider: "st-olavs", focus: .livingWith), ["5001"]))
        catalog.upsert(placed(ValidationFixture.offer("tromso-mestring", kind: .groupProgramme, provider: "tromso", focus: .crossDiagnosis), ["5501"]))
        return catalog
    }

    static func placed(_ offer: Offer, _ municipalities: [MunicipalityNumber]) -> Offer {
        var offer = offer
        offer.municipalities = municipalities
        return offer
    }

    @Test func countsOnlyTheMunicipalitysOwnOffersAndCopingAcrossDiagnoses() {
        let coverage = CoverageReport(catalog: Self.catalog)
        #expect(coverage.municipalities == ["0301", "4601", "5001", "5501"])
        #expect(coverage.lackingLifestyleChange == ["5001", "5501"])
        #expect(coverage.lackingCoping == ["0301", "5001"], "a voluntary group is not Oslo's; Tromsø's course across diagnoses counts")
        #expect(!coverage.isComplete)
    }

    @Test func theValidationReportCarriesCoverageInTextAndJSON() {
        let report = Validator().validate(Self.catalog)
        #expect(report.coverage == CoverageReport(catalog: Self.catalog))
        let text = report.render(.text)
        #expect(text.contains("coverage: 4 municipalities served\n"))
        #expect(text.contains("  lacking a municipal lifestyle-change offer: 5001 Trondheim - Tråante, 5501 Tromsø\n"))
        #expect(text.contains("  lacking a municipal offer for coping with illness: 0301 Oslo, 5001 Trondheim - Tråante\n"))
        let json = report.render(.json)
        #expect(json.contains("\"lackingCoping\" : [\n      \"0301\",\n      \"5001\"\n    ]"))
    }

    @Test func aCatalogueServingEveryMunicipalityItNamesWithBothIsComplete() {
        #expect(CoverageReport(catalog: ValidationFixture.clean).isComplete)
        #expect(CoverageReport(catalog: Catalog()).municipalities.isEmpty)
    }

    @Test func theTableCoversEveryMunicipalityCountyAndNamedHealthTrust() throws {
        let table = CoverageTable(catalog: Self.catalog)
        #expect(table.municipalities.count == 357)
        #expect(table.municipalities.map(\.code) == MunicipalityRegistry.allMunicipalities.map(\.rawValue))
        #expect(table.counties.count == 15)
        #expect(table.healthTrusts.map(\.code) == ["St. Olavs hospital HF"])
        #expect(table.healthTrusts.first?.municipalityCount == 1, "9999 is no municipality")
        let oslo = try #require(table.municipalities.first { $0.code == "0301" })
        #expect(oslo.municipal.offers == 1 && oslo.municipal.lifestyleChange == 1 && oslo.municipal.coping == 0)
        #expect(oslo.voluntary.offers == 1 && oslo.voluntary.coping == 1)
        #expect(oslo.county == "03")
        let trondheim = try #require(table.municipalities.first { $0.code == "5001" })
        #expect(trondheim.specialist.offers == 1 && trondheim.municipal.offers == 0)
        #expect(trondheim.healthTrusts == ["St. Olavs hospital HF"])
        let empty = try #require(table.municipalities.first { $0.code == "1101" })
        #expect(empty.municipal == OfferTally() && empty.specialist == OfferTally())
    }

    @Test func anOfferServingSeveralMunicipalitiesCountsOnceInTheirCounty() throws {
        var catalog = Catalog()
        catalog.upsert(Provider(id: "vest", name: "Vest meistring", kind: .interMunicipalService, municipalities: ["4627", "4626"]))
        var offer = ValidationFixture.offer("kurs", kind: .lifestyleChange, provider: "vest", focus: .theme)
        offer.municipalities = ["4627", "4626"]
        offer.deliveryMode = nil
        offer.eligibility = Eligibility(minimumAge: 60)
        catalog.upsert(offer)
        let table = CoverageTable(catalog: catalog)
        let vestland = try #require(table.counties.first { $0.code == "46" })
        #expect(vestland.municipal.offers == 1)
        #expect(vestland.municipalityCount == MunicipalityRegistry.allMunicipalities.filter { $0.countyNumber == "46" }.count)
        #expect(table.municipalities.filter { $0.municipal.offers == 1 }.map(\.code) == ["4626", "4627"])
        #expect(vestland.municipal.deliveryModes == [OfferTally.notStated: 1])
        #expect(vestland.municipal.ageGroups == ["adults": 1, "older": 1], "60 and over overlaps adults and 67+")
        #expect(vestland.municipal.languages == ["nb": 1, "se": 1])
        #expect(vestland.municipal.nextOfKin == 1 && vestland.municipal.youngNextOfKin == 0)
    }

    /// The thirteen municipalities Sametinget lists, with the Sami language of each.
    @Test func theSamiLanguageAreaIsTheThirteenMunicipalitiesWithTheirLanguage() throws {
        let table = CoverageTable(catalog: Catalog())
        let area = Dictionary(uniqueKeysWithValues: table.samiLanguageArea.map { ($0.name, $0.samiLanguage?.rawValue ?? "") })
        #expect(area.count == 13)
        #expect(area["Kárášjohka - Karasjok"] == "se" && area["Dielddanuorri - Tjeldsund"] == "se")
        #expect(area["Hábmer - Hamarøy"] == "smj")
        #expect(area["Røros - Rosse"] == "sma" && area["Snåase - Snåsa"] == "sma")
        let unknown = SamiLanguageArea.languages.keys.filter { !$0.isKnown }
        #expect(unknown.isEmpty, "every number is a current municipality")
    }

    @Test func offersInTheLocalSamiLanguageAreCountedAtEveryLevel() throws {
        var catalog = Catalog()
        catalog.upsert(Provider(id: "karasjok", name: "Kárášjoga suohkan", kind: .municipalUnit, municipalities: ["5610"]))
        catalog.upsert(Provider(id: "lms", name: "LMS Finnmark", kind: .hospitalLearningCentre, municipalities: ["5610", "5636"]))
        var local = ValidationFixture.offer("karasjok-kurs", kind: .groupProgramme, provider: "karasjok", focus: .livingWith)
        local.municipalities = ["5610"]
        var hospital = ValidationFixture.offer("lms-kurs", kind: .groupProgramme, provider: "lms", focus: .diagnosisSpecific)
        hospital.municipalities = ["5610", "5636"]
        hospital.languages = ["nb", "smj"]
        catalog.upsert(local)
        catalog.upsert(hospital)
        let table = CoverageTable(catalog: catalog)
        let karasjok = try #require(table.municipalities.first { $0.code == "5610" })
        #expect(karasjok.offersInLocalSamiLanguage == 1, "a Lule Sami offer does not serve Northern Sami Karasjok in its language")
        #expect(karasjok.municipal.samiLanguage == 1 && karasjok.specialist.samiLanguage == 1)
        #expect(table.municipalities.first { $0.code == "0301" }?.offersInLocalSamiLanguage == nil)
    }

    @Test func offersWithoutPlaceOrKnownProviderAreCountedApart() {
        func placed(_ offer: Offer, _ places: [MunicipalityNumber]) -> Offer { Self.placed(offer, places) }
        var catalog = ValidationFixture.clean
        catalog.upsert(placed(ValidationFixture.offer("e-laering", kind: .eLearning, provider: "hospital", focus: .crossDiagnosis), []))
        catalog.upsert(placed(ValidationFixture.offer("ukjent", kind: .groupProgramme, provider: "finnes-ikke", focus: .theme), ["4601"]))
        let table = CoverageTable(catalog: catalog)
        #expect(table.withoutMunicipality == ["specialist": 1])
        #expect(table.withoutKnownProvider == 1)
    }

    @Test func rendersTextCSVAndJSON() throws {
        let table = CoverageTable(catalog: Self.catalog)
        let text = table.render(.text)
        #expect(text.contains("\n  0301 Oslo: municipal 1 (lifestyle 1, coping 0, next of kin 1, young next of kin 0, Sami 1, children 0, 67+ 1) · voluntary 1 · private 0 · hospital 0\n"))
        #expect(text.contains("\n  5610 Kárášjohka - Karasjok: 0 offers in se\n"))
        #expect(table.render(.text, language: .bokmal).contains("forvaltningsområdet for samisk språk"))
        let rows = table.render(.csv).split(separator: "\r\n").map(String.init)
        #expect(rows.count == 1 + 4 * (357 + 15 + 1))
        #expect(rows[0].hasPrefix("area_kind,code,name,county,health_trusts,sami_language,level,offers,lifestyle_change,coping,"))
        #expect(rows.contains("municipality,0301,Oslo,03,,,voluntary,1,0,1,1,0,1,nb=1|se=1,1,0,0,0,0,0,1,1"))
        let decoded = try JSONDecoder().decode(CoverageTable.self, from: Data(table.render(.json).utf8))
        #expect(decoded == table)
    }
}
