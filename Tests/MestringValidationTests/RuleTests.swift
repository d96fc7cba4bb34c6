import Mestring
import MestringValidation
import Testing

@Suite("Built-in rules")
struct RuleTests {
    @Test func cleanCatalogueHasNoFindingsInAnyProfile() {
        for profile in ValidationProfile.builtIn {
            let report = Validator(profile: profile).validate(ValidationFixture.clean)
            #expect(report.findings.isEmpty, "\(profile.name): \(report.render(.text))")
        }
    }

    @Test(arguments: RuleCase.breaking)
    func breakingOneRuleReportsItAlone(_ rule: RuleCase) {
        let report = Validator().validate(rule.catalog)
        #expect(report.findings.allSatisfy { $0.rule == rule.rule }, "\(report.render(.text))")
        #expect(Set(report.findings.map(\.fieldPath)) == Set(rule.fields), "\(report.render(.text))")
        #expect(report.findings.count == rule.fields.count)
    }

    @Test(arguments: RuleCase.satisfying)
    func nearMissSatisfiesTheRule(_ rule: RuleCase) {
        let report = Validator().validate(rule.catalog)
        #expect(report.findings(rule: rule.rule).isEmpty, "\(report.render(.text))")
    }

    @Test func everyBuiltInRuleHasABreakingAndASatisfyingCase() {
        let rules = Set(CoDesignRule.builtIn.map(\.id))
        #expect(Set(RuleCase.breaking.map(\.rule)) == rules)
        #expect(Set(RuleCase.satisfying.map(\.rule)) == rules)
    }
}

@Suite("Findings")
struct FindingTests {
    @Test func reportsNeverQuotePersonalData() {
        var catalog = ValidationFixture.clean
        catalog.change(Person.ID("nurse")) { person in
            person.name = "Kari Nordmann"
            person.contact = PersonalContact(phone: "+47 912 34 567", email: "kari@example.no")
            person.healthPedagogy = nil
        }
        catalog.change(Person.ID("peer")) { person in
            person.name = "Ola Nordmann"
            person.contact = PersonalContact(phone: "+47 987 65 432", email: "ola@example.no")
            person.peerTraining = PeerTraining(programme: "Likepersonskurs", completed: LocalDate(year: 2024, month: 2, day: 30))
            person.listingConsent = false
        }
        let report = Validator().validate(catalog)
        #expect(Set(report.findings.map(\.rule)) == ["codesign.health-pedagogy", "integrity.date"])
        for format in ReportFormat.allCases {
            for language in ReportLanguage.allCases {
                let text = report.render(format, language: language)
                for secret in ["Kari", "Ola", "912 34", "987 65", "@example.no", "2024-02-30"] {
                    #expect(!text.contains(secret), "\(format) \(language) quotes \(secret)")
                }
            }
        }
    }

    @Test func oneBrokenRecordDoesNotHideOtherFindingsAboutIt() {
        let cases = ["unknown provider", "ends before it starts", "zeros and a negative price", "no sign-up", "empty accessibility"]
        let chosen = RuleCase.breaking.filter { cases.contains($0.name) }
        #expect(chosen.count == cases.count)
        var catalog = ValidationFixture.clean
        for rule in chosen { rule.change(&catalog) }
        let report = Validator().validate(catalog)
        let expected = chosen.flatMap { rule in rule.fields.map { "\(rule.rule) \($0)" } }
        #expect(Set(report.findings.map { "\($0.rule) \($0.fieldPath)" }) == Set(expected))
    }

    @Test func everyFindingNamesItsRecordAndSpeaksBothLanguages() {
        for rule in RuleCase.breaking {
            for finding in Validator().validate(rule.catalog).findings {
                #expect(!finding.message.english.isEmpty && !finding.message.bokmal.isEmpty)
                #expect(!finding.fix.english.isEmpty && !finding.fix.bokmal.isEmpty)
                #expect(finding.message.english != finding.message.bokmal)
                if let record = finding.record, let position = record.position {
                    #expect(finding.fieldPath.hasPrefix("\(record.kind.collectionName)[\(position)]"))
                    #expect(finding.fieldPath == record.path + (finding.field.isEmpty ? "" : ".\(finding.field)"))
                } else {
                    #expect(finding.fieldPath.hasPrefix("info."))
                }
            }
        }
    }
}
