import Mestring

extension EvaluationColumn {
    /// The cell of this column for `evaluation`.
    func cell(of evaluation: Evaluation) -> String? {
        switch self {
        case .id: evaluation.id.rawValue
        case .offerID: evaluation.offer.rawValue
        case .date: evaluation.date.iso8601
        case .roles: CellText.vocabularyList(evaluation.roles)
        case .participantCount: CellText.number(evaluation.participantCount)
        case .summary(let language): CellText.localized(evaluation.summary, language)
        }
    }
}
