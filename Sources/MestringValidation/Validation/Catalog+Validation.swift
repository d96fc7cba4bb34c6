import Mestring

extension Catalog {
    /// Validates the catalogue with a profile; shorthand for `Validator(profile:).validate(_:)`.
    public func validate(profile: ValidationProfile = .national) -> ValidationReport {
        Validator(profile: profile).validate(self)
    }

    /// Throws when the catalogue has findings of severity error, for test suites that check
    /// imported data before it is published. Works in Swift Testing and XCTest alike:
    ///
    /// ```swift
    /// @Test func importIsPublishable() throws {
    ///     try importedCatalog.requireNoValidationErrors(profile: .strict)
    /// }
    /// ```
    ///
    /// - Throws: ``MestringValidation/ValidationFailure``, whose description lists the errors and how to fix them.
    public func requireNoValidationErrors(profile: ValidationProfile = .national) throws(ValidationFailure) {
        let report = validate(profile: profile)
        if report.hasErrors { throw ValidationFailure(report: report) }
    }
}
