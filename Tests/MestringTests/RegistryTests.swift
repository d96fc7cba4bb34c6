import Mestring
import Testing

@Suite("Organisation and municipality numbers")
struct RegistryTests {
    @Test("MOD11 check digit of organisation numbers", arguments: [
        ("974589095", true), ("974 589 095", true), ("983971636", true), ("974589096", false),
        ("97458909", false), ("97458909X", false), ("", false),
    ])
    func organisationNumber(_ text: String, _ valid: Bool) {
        #expect(OrganisationNumber(text).isValid == valid)
    }

    @Test func municipalityNumbersAreTheCurrentOnes() {
        #expect(MunicipalityRegistry.allMunicipalities.count == 357)
        #expect(MunicipalityNumber("0301").name == "Oslo")
        #expect(MunicipalityNumber("4601").name == "Bergen")
        #expect(!MunicipalityNumber("1201").isKnown, "Bergen's number before 2020")
        #expect(!MunicipalityNumber("9999").isKnown)
        #expect(MunicipalityRegistry.countyName(MunicipalityNumber("5501").countyNumber) != nil)
    }
}
