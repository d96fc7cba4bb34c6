/// One outcome an evaluation measured, and how.
///
/// The texts list what offers can achieve (002, 003) but leave the method to the evaluators; the
/// method and instrument say how much a result can be trusted and compared.
public struct OutcomeMeasurement: Hashable, Sendable, Codable {
    /// The outcome that was measured.
    public var outcome: Outcome
    /// How it was measured; `nil` when not stated.
    public var method: EvaluationMethod?
    /// The named instrument or scale, e.g. "General Self-Efficacy Scale".
    public var instrument: String?

    /// Records that an outcome was measured, and how when known.
    public init(outcome: Outcome, method: EvaluationMethod? = nil, instrument: String? = nil) {
        self.outcome = outcome
        self.method = method
        self.instrument = instrument
    }
}
