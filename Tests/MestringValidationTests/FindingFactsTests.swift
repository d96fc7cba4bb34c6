import Foundation
import Mestring
import MestringValidation
import Testing

/// Findings carry facts a test can assert on: the rule, the severity, a typed record, the field
/// and the specific subject.
@Suite("Finding facts")
struct FindingFactsTests {
    @Test func aProfessionalWithoutCompetenceIsReportedOnEveryOfferTheyDeliverAndOnThemselves() throws {
        var catalog = ValidationFixture.clean
        catalog.change(Person.ID("nurse")) { person in person.healthPedagogy = nil }
        let report = Validator().validate(catalog)

        let onOffer = try #require(report.findings(rule: "codesign.health-pedagogy", about: Offer.ID("lifestyle")).first)
        #expect(onOffer.severity == .warning)
        #expect(onOffer.record == RecordReference(Offer.ID("lifestyle"), position: 1))
        #expect(onOffer.field == "involvement[0].person")
        #expect(onOffer.subject.related == [RecordReference(Person.ID("nurse"), position: 0)])
        #expect(onOffer.subject.phase == .delivery)

        let onPerson = try #require(report.findings(about: Person.ID("nurse")).first)
        #expect(onPerson.field == "healthPedagogy")
        #expect(onPerson.subject.related.map(\.id) == ["hospital-course", "lifestyle", "living-with", "smil"])
        #expect(onPerson.subject.related.allSatisfy { $0.kind == .offer })
        // The professional who only plans is not reported.
        #expect(report.findings(about: Person.ID("planner")).isEmpty)
    }

    @Test func theMissingPhaseIsAFactNotOnlyASentence() throws {
        var catalog = ValidationFixture.clean
        catalog.change(Offer.ID("lifestyle")) { offer in offer.involvement[1].phases = [.planning, .delivery] }
        let report = Validator().validate(catalog)
        let findings = report.findings(rule: "codesign.phases", about: Offer.ID("lifestyle"))
        #expect(findings.map(\.subject.phase) == [.evaluation])
        #expect(findings.map(\.field) == ["involvement"])
        #expect(report.findings(rule: "codesign.phases").count == 1)
    }

    @Test func lookUpByRecordIsTyped() {
        var catalog = ValidationFixture.clean
        // A person whose id equals an offer's: findings about the one are not about the other.
        catalog.change(Person.ID("peer")) { person in person.peerTraining = nil }
        let report = Validator().validate(catalog)
        #expect(!report.findings(about: Person.ID("peer")).isEmpty)
        #expect(report.findings(about: Offer.ID("peer")).isEmpty)
        #expect(report.findings(about: Offer.ID("peer-group")).isEmpty)
    }

    @Test func referencesThatDoNotResolveNameTheMissingRecord() throws {
        var catalog = ValidationFixture.clean
        catalog.change(Offer.ID("lifestyle")) { offer in offer.involvement.append(Involvement(person: "ghost", phases: [.evaluation])) }
        let finding = try #require(Validator().validate(catalog).findings(rule: "integrity.reference").first)
        #expect(finding.subject.related == [RecordReference(Person.ID("ghost"))])
        #expect(finding.field == "involvement[2].person")
    }

    @Test func theJSONReportCarriesTheFactsAndReadsBack() throws {
        var catalog = ValidationFixture.clean
        catalog.change(Person.ID("nurse")) { person in person.healthPedagogy = nil }
        catalog.change(Offer.ID("lifestyle")) { offer in offer.involvement[1].phases = [.planning, .delivery] }
        catalog.change(Provider.ID("hospital")) { provider in provider.organisationNumber = "974589094" }
        let report = Validator().validate(catalog)
        struct Document: Decodable { let findings: [Finding] }
        let read = try JSONDecoder().decode(Document.self, from: Data(report.render(.json).utf8))
        #expect(read.findings == report.findings)
        #expect(read.findings.contains { $0.subject.value == "974589094" })
    }
}
