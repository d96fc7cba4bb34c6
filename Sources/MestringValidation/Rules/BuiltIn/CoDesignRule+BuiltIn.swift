extension CoDesignRule {
    /// Every rule the SDK ships, in the order of the co-design rules they come from, with the
    /// severities of the `national` profile.
    public static let builtIn: [CoDesignRule] = [
        phases, phasesIndividual, appointedBy, evaluationWithUsers, coLedGroup, healthPedagogy, peerHelper, youngNextOfKin,
        programmeFidelity,
        placementLevel, livingWithAtHospital,
        stepResolves, crossesLevels, handOver, coordinatingUnit, stageOrder,
        offerConsistency,
        uniqueID, reference, organisationNumber, municipality, date, age, quantity, languageTag,
        accessStated, signUp,
        completenessStated,
    ]
}
