extension CoDesignRule {
    /// Every rule the SDK ships, in the order of the co-design rules they come from, with the
    /// severities of the `national` profile.
    public static let builtIn: [CoDesignRule] = [
        phases, coLedGroup, healthPedagogy, peerHelper, youngNextOfKin,
        placementLevel, livingWithAtHospital,
        stepResolves, continuesOutsideHospital, stageOrder,
        uniqueID, reference, organisationNumber, municipality, date, age, quantity, languageTag,
        accessStated, signUp,
        completenessStated,
    ]
}
