import Mestring

extension MeasurementColumn {
    /// The cell of this column for one measurement of `evaluation` (its `occurrence` when the id repeats).
    func cell(of measurement: OutcomeMeasurement, in evaluation: Evaluation.ID, occurrence: Int?) -> String? {
        switch self {
        case .evaluationID: evaluation.rawValue
        case .evaluationOccurrence: CellText.number(occurrence)
        case .outcome: measurement.outcome.rawValue
        case .method: CellText.vocabulary(measurement.method)
        case .instrument: measurement.instrument
        }
    }
}
