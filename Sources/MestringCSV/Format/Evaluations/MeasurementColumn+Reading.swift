import Mestring

extension MeasurementColumn {
    /// Reads one row of evaluation-outcomes.csv: the measurement and the evaluation it belongs to.
    static func read(
        _ row: inout RowReader<MeasurementColumn>
    ) -> (evaluation: Evaluation.ID, occurrence: Int?, measurement: OutcomeMeasurement) {
        var evaluation: Evaluation.ID = ""
        var occurrence: Int?
        var measurement = OutcomeMeasurement(outcome: .knowledgeAndHealthLiteracy)
        var hasEvaluation = false
        var hasOutcome = false
        for (field, column) in row.layout.mapped where !row.record.isBlank(field) {
            switch column {
            case .evaluationID:
                evaluation = .init(row.text(field))
                hasEvaluation = true
            case .evaluationOccurrence: occurrence = row.occurrence(field, column)
            case .outcome:
                hasOutcome = !row.isStatedEmpty(field)
                if let outcome: Outcome = row.vocabulary(field, column) { measurement.outcome = outcome }
            case .method: measurement.method = row.vocabulary(field, column)
            case .instrument: measurement.instrument = row.text(field)
            }
        }
        if !hasEvaluation { row.missing(.evaluationID) }
        if !hasOutcome { row.missing(.outcome) }
        return (evaluation, occurrence, measurement)
    }
}
