import Foundation
import Mestring
import MestringValidation
import Testing

@Suite("Reports")
struct ReportTests {
    /// An error, a warning and an advice, on two records.
    static var report: ValidationReport {
        var catalog = ValidationFixture.clean
        catalog.change(Offer.ID("hospital-course")) { offer in
            offer.focus = .livingWith
            offer.capacity = 0
        }
        catalog.change(Offer.ID("smil")) { offer in offer.deliveryMode = nil }
        return Validator().validate(catalog)
    }

    /// Line numbers as the JSON adapter's source map would give them, for offers only.
    static func locate(_ finding: Finding) -> FileLocation? {
        guard let position = finding.record?.position, finding.record?.kind == .offer else { return nil }
        return FileLocation(file: "Data/mine kataloger/catalog.json", line: 10 + position * 100)
    }

    @Test func textGroupsFindingsByRecordAndEndsWithASummary() {
        let text = Self.report.render(.text, locate: Self.locate)
        #expect(
            text == """
                offer hospital-course (offers[0])
                  Data/mine kataloger/catalog.json:10: advice: offers[0].focus: This hospital offer is about living with illness, which municipalities mainly offer. [placement.living-with-at-hospital]
                    fix: Consider giving it in the municipalities it serves, together with them, unless it must stay tied to specialised treatment.
                  Data/mine kataloger/catalog.json:10: error: offers[0].capacity: The capacity is 0; it must be at least 1. [integrity.quantity]
                    fix: Give the largest number of participants, or leave capacity out.

                offer smil (offers[4])
                  Data/mine kataloger/catalog.json:410: warning: offers[4].deliveryMode: The offer does not say how participants take part. [access.stated]
                    fix: Set deliveryMode to in-person, digital, hybrid or self-paced.

                coverage: 1 municipality served
                  lacking a municipal lifestyle-change offer: none
                  lacking a municipal offer for coping with illness: none

                offers in no pathway (3): lifestyle, living-with, smil

                1 error, 1 warning, 1 advice (profile national)

                """)
    }

    @Test func textInBokmal() {
        let text = Self.report.render(.text, language: .bokmal)
        #expect(text.hasPrefix("tilbud hospital-course (offers[0])\n  råd: offers[0].focus: "))
        #expect(text.contains("\n  feil: offers[0].capacity: Antall plasser er 0; det må være minst 1. [integrity.quantity]\n    retting: "))
        #expect(text.contains("dekning: 1 kommune betjenes"))
        #expect(text.hasSuffix("1 feil, 1 advarsel, 1 råd (profil national)\n"))
    }

    @Test func catalogueFindingsComeFirstUnderTheirOwnHeading() {
        var catalog = ValidationFixture.clean
        catalog.info.updated = LocalDate(year: 2026, month: 2, day: 29)
        catalog.upsert(Person(id: "", name: "Uten id", role: .experiencedUser))
        let text = Validator().validate(catalog).render(.text, language: .bokmal)
        #expect(text.hasPrefix("katalogen\n  feil: info.updated: 2026-02-29 er ikke en gyldig dato. [integrity.date]\n"))
        #expect(text.contains("\n\nperson \"\" (people[5])\n  feil: people[5].id: Posten mangler identifikator."))
    }

    @Test func textWithoutFindingsStillSummarises() {
        let text = Validator().validate(Catalog()).render(.text)
        #expect(text == "0 errors, 0 warnings, 0 advice (profile national)\n")
    }

    @Test func jsonCarriesBothLanguagesLocationsAndCoverage() throws {
        let json = Self.report.render(.json, locate: Self.locate)
        let decoded = try JSONDecoder().decode(JSONReportMirror.self, from: Data(json.utf8))
        #expect(decoded.profile == "national")
        #expect(decoded.summary == ["error": 1, "warning": 1, "advice": 1])
        #expect(decoded.findings.map(\.rule) == ["placement.living-with-at-hospital", "integrity.quantity", "access.stated"])
        let first = try #require(decoded.findings.first { $0.rule == "integrity.quantity" })
        #expect(first.severity == "error")
        #expect(first.recordKind == "offer")
        #expect(first.recordID == "hospital-course")
        #expect(first.recordPosition == 0)
        #expect(first.field == "offers[0].capacity")
        #expect(first.message.nb == "Antall plasser er 0; det må være minst 1.")
        #expect(first.fix.en.hasPrefix("Give the largest number"))
        #expect(first.location?.line == 10)
        #expect(first.location?.file == "Data/mine kataloger/catalog.json")
        #expect(decoded.coverage.municipalities == ["4601"])
    }

    @Test func jsonIsStableWithSortedKeys() throws {
        let json = Self.report.render(.json)
        #expect(json == Self.report.render(.json))
        let keys = ["\"coverage\"", "\"findings\"", "\"profile\"", "\"summary\""].compactMap { json.range(of: $0)?.lowerBound }
        #expect(keys.count == 4)
        #expect(keys == keys.sorted())
        #expect(!json.contains("\"location\""))
    }

    @Test func sarifIsAValidLogWithRulesResultsAndLocations() throws {
        let sarif = Self.report.render(.sarif, locate: Self.locate)
        let log = try JSONDecoder().decode(SARIFMirror.self, from: Data(sarif.utf8))
        #expect(log.version == "2.1.0")
        #expect(log.schema.hasSuffix("sarif-2.1.0.json"))
        let run = try #require(log.runs.first)
        #expect(log.runs.count == 1)
        #expect(run.tool.driver.name == "mestring")
        #expect(run.tool.driver.rules.map(\.id) == ValidationProfile.national.rules.map(\.id.rawValue))
        for rule in run.tool.driver.rules {
            #expect(!rule.shortDescription.text.isEmpty && !rule.fullDescription.text.isEmpty && !rule.help.text.isEmpty)
        }
        #expect(run.results.map(\.level) == ["note", "error", "warning"])
        for result in run.results {
            #expect(run.tool.driver.rules[result.ruleIndex].id == result.ruleId)
        }
        let first = try #require(run.results.first { $0.ruleId == "integrity.quantity" })
        #expect(first.message.text == "The capacity is 0; it must be at least 1. Fix: Give the largest number of participants, or leave capacity out.")
        let location = try #require(first.locations.first)
        #expect(location.physicalLocation?.artifactLocation.uri == "Data/mine%20kataloger/catalog.json")
        #expect(location.physicalLocation?.artifactLocation.uriBaseId == "SRCROOT", "a relative uri names its base")
        #expect(run.originalUriBaseIds?["SRCROOT"]?.uri.hasPrefix("file:///") == true)
        #expect(location.physicalLocation?.region?.startLine == 10)
        #expect(location.logicalLocations.first?.fullyQualifiedName == "offers[0].capacity")
        #expect(location.logicalLocations.first?.name == "hospital-course")
    }

    @Test func sarifWithoutLocatorHasOnlyLogicalLocations() throws {
        let sarif = Self.report.render(.sarif, language: .bokmal)
        let log = try JSONDecoder().decode(SARIFMirror.self, from: Data(sarif.utf8))
        let results = try #require(log.runs.first?.results)
        #expect(results.allSatisfy { $0.locations.first?.physicalLocation == nil })
        let capacity = try #require(results.first { $0.ruleId == "integrity.quantity" })
        #expect(capacity.message.text == "Antall plasser er 0; det må være minst 1. Retting: Oppgi høyeste antall deltakere, eller utelat capacity.")
    }

    @Test func findingsRoundTripThroughCodable() throws {
        let findings = Self.report.findings
        let data = try JSONEncoder().encode(findings)
        #expect(try JSONDecoder().decode([Finding].self, from: data) == findings)
    }
}
