import Mestring
import MestringValidation
import Testing

@Suite("Assertion for test suites")
struct AssertionTests {
    @Test func aCleanCatalogueMeetsTheRequirement() throws {
        try ValidationFixture.clean.requireNoValidationErrors(profile: .strict)
    }

    @Test func errorsThrowWithTheTextReportOfTheErrorsOnly() {
        var catalog = ValidationFixture.clean
        catalog.change(Offer.ID("hospital-course")) { offer in
            offer.capacity = 0
            offer.signUp = nil
        }
        #expect {
            try catalog.requireNoValidationErrors(profile: .national)
        } throws: { error in
            guard let failure = error as? ValidationFailure else { return false }
            let text = String(describing: failure)
            return text.hasPrefix("The catalogue has validation errors:\n")
                && text.contains("error: offers[0].capacity: The capacity is 0; it must be at least 1. [integrity.quantity]")
                && !text.contains("access.sign-up") && !text.contains("coverage")
                && text.hasSuffix("1 error, 0 warnings, 0 advice (profile national)\n")
                && failure.report.findings.count == 2
        }
    }

    @Test func warningsPassUnderNationalAndFailUnderStrict() throws {
        var catalog = ValidationFixture.clean
        catalog.change(Offer.ID("hospital-course")) { offer in offer.signUp = nil }
        try catalog.requireNoValidationErrors()
        #expect(throws: ValidationFailure.self) { try catalog.requireNoValidationErrors(profile: .strict) }
    }
}
