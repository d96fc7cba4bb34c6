import Mestring

/// The columns of `evaluation-outcomes.csv`: one outcome an evaluation measured per row, in order.
enum MeasurementColumn: TableColumn {
    case evaluationID, evaluationOccurrence, outcome, method, instrument

    static let table = CSVTable.evaluationOutcomes
    static let all: [MeasurementColumn] = [.evaluationID, .evaluationOccurrence, .outcome, .method, .instrument]

    var details: CSVColumnDescription {
        switch self {
        case .evaluationID:
            .reference("evaluation_id", to: .evaluations, required: true, example: "hus-kols-skole-2026", "the evaluation")
        case .evaluationOccurrence: .occurrence("evaluation_occurrence", in: .evaluations)
        case .outcome: .vocabulary("outcome", Outcome.self, required: true, example: .copingAndSelfEfficacy, "the outcome measured")
        case .method: .vocabulary("method", EvaluationMethod.self, example: .questionnaire, "how it was measured")
        case .instrument: .text("instrument", example: "General Self-Efficacy Scale", "the named instrument or scale")
        }
    }
}
