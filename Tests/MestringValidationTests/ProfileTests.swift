import Mestring
import MestringValidation
import Testing

@Suite("Profiles")
struct ProfileTests {
    @Test func strictTurnsWarningsIntoErrorsAndKeepsAdvice() throws {
        let national = ValidationProfile.national, strict = ValidationProfile.strict
        #expect(strict.rules.map(\.id) == national.rules.map(\.id))
        for rule in national.rules {
            let raised = try #require(strict[rule.id])
            #expect(raised.severity == (rule.severity == .warning ? .error : rule.severity))
        }
        #expect(national.rules.contains { $0.severity == .advice })
    }

    @Test func theSameWarningFailsOnlyUnderStrict() {
        var catalog = ValidationFixture.clean
        catalog.change(Offer.ID("hospital-course")) { offer in offer.signUp = nil }
        let national = Validator(profile: .national).validate(catalog)
        let strict = Validator(profile: .strict).validate(catalog)
        #expect(national.findings.map(\.severity) == [.warning])
        #expect(!national.hasErrors)
        #expect(strict.findings.map(\.severity) == [.error])
        #expect(strict.hasErrors)
        #expect(strict.profileName == "strict")
    }

    @Test func aValueNotStatedWarnsUnderNationalAndFailsUnderStrictWithAFixInBothLanguages() throws {
        var catalog = ValidationFixture.clean
        catalog.change(Offer.ID("hospital-course")) { offer in offer.method = nil }
        let national = Validator(profile: .national).validate(catalog)
        let strict = Validator(profile: .strict).validate(catalog)
        #expect(national.findings.map(\.rule) == ["completeness.stated"] && !national.hasErrors)
        #expect(strict.findings.map(\.severity) == [.error])
        let finding = try #require(national.findings.first)
        #expect(finding.fieldPath == "offers[0].method")
        #expect(finding.message.english == "The offer does not state where its knowledge comes from (method).")
        #expect(finding.fix.bokmal.hasPrefix("Sett method til en av knowledge-transfer ("))
    }

    @Test func builtInProfilesAreFoundByName() {
        #expect(ValidationProfile.named("national")?.rules.count == CoDesignRule.builtIn.count)
        #expect(ValidationProfile.named("strict")?.name == "strict")
        #expect(ValidationProfile.named("lenient") == nil)
    }

    @Test func anIntegratorDisablesARuleAndChangesASeverity() {
        var catalog = ValidationFixture.clean
        catalog.change(Offer.ID("hospital-course")) { offer in
            offer.signUp = nil
            offer.deliveryMode = nil
        }
        var profile = ValidationProfile.national
        let disabled = profile.disable("access.sign-up")
        let raised = profile.setSeverity(.error, for: "access.stated")
        let misspeltDisabled = profile.disable("access.signup")
        let misspeltRaised = profile.setSeverity(.advice, for: "no.such-rule")
        #expect(disabled && raised)
        #expect(!misspeltDisabled && !misspeltRaised)
        let report = Validator(profile: profile).validate(catalog)
        #expect(report.findings.map(\.rule) == ["access.stated"])
        #expect(report.findings.map(\.severity) == [.error])
    }

    @Test func anIntegratorAddsARuleOfTheirOwn() throws {
        let venue = CoDesignRule(
            id: "bergen.venue", severity: .warning,
            title: BilingualText(english: "In-person offers name their venue", bokmal: "Tilbud med oppmøte oppgir sted"),
            rationale: BilingualText(english: "Users must know where to go.", bokmal: "Brukerne må vite hvor de skal.")
        ) { context, findings in
            for (position, offer) in context.offers.enumerated() where offer.deliveryMode == .inPerson && offer.venue == nil {
                findings.report(
                    offer.id, at: position, field: "venue",
                    BilingualText(english: "The venue is missing.", bokmal: "Oppmøtested mangler."),
                    fix: BilingualText(english: "Add the address.", bokmal: "Legg inn adressen."))
            }
        }
        var catalog = ValidationFixture.clean
        for id: Offer.ID in ["lifestyle", "living-with", "peer-group", "smil"] {
            catalog.change(id) { offer in offer.venue = "Frisklivssentralen, Bergen" }
        }
        var profile = ValidationProfile.national
        profile.add(venue)
        let report = Validator(profile: profile).validate(catalog)
        let finding = try #require(report.findings.first)
        #expect(report.findings.count == 1)
        #expect(finding.rule == "bergen.venue")
        #expect(finding.severity == .warning)
        #expect(finding.record == RecordReference(Offer.ID("hospital-course"), position: 0))
        #expect(finding.field == "venue")
        #expect(finding.fieldPath == "offers[0].venue")
        #expect(report.rules.last?.id == "bergen.venue")
        #expect(venue.group == "bergen")

        var stricter = venue
        stricter.severity = .error
        profile.add(stricter)
        #expect(profile.rules.filter { $0.id == "bergen.venue" }.map(\.severity) == [.error])
    }
}
