import Mestring

extension EvaluationColumn {
    /// Reads one row of evaluations.csv; its measurements come from evaluation-outcomes.csv.
    static func read(_ row: inout RowReader<EvaluationColumn>) -> Evaluation {
        var evaluation = Evaluation(id: "", offer: "", date: LocalDate(year: 1, month: 1, day: 1))
        var hasID = false
        var hasOffer = false
        var hasDate = false
        for (field, column) in row.layout.mapped where !row.record.isBlank(field) {
            switch column {
            case .id:
                evaluation.id = .init(row.text(field))
                hasID = true
            case .offerID:
                evaluation.offer = .init(row.text(field))
                hasOffer = true
            case .date:
                hasDate = !row.isStatedEmpty(field)
                if let date = row.date(field, column) { evaluation.date = date }
            case .roles: evaluation.roles = row.vocabularyList(field, column)
            case .participantCount: evaluation.participantCount = row.wholeNumber(field, column)
            case .summary(let language): row.localized(&evaluation.summary, language, field)
            }
        }
        if !hasID { row.missing(.id) }
        if !hasOffer { row.missing(.offerID) }
        if !hasDate { row.missing(.date) }
        return evaluation
    }
}
