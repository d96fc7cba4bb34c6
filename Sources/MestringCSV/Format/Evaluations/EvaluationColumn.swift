import Mestring

/// The columns of `evaluations.csv`: one evaluation of an offer per row; what it measured is in
/// evaluation-outcomes.csv.
enum EvaluationColumn: TableColumn {
    case id, offerID, date, roles, participantCount, summary(TextLanguage)

    static let table = CSVTable.evaluations
    static let all: [EvaluationColumn] =
        [.id, .offerID, .date, .roles, .participantCount] + TextLanguage.allCases.map(summary)

    var details: CSVColumnDescription {
        switch self {
        case .id: .identifier("id", example: "hus-kols-skole-2026", "the evaluation's identifier, unique in the file")
        case .offerID: .reference("offer_id", to: .offers, required: true, example: "hus-kols-skole", "the offer that was evaluated")
        case .date: .date("date", required: true, example: "2026-06-10", "when the evaluation was done")
        case .roles:
            .vocabularyList(
                "roles", InvolvementRole.self, example: [.professional, .userRepresentative],
                "the roles of those who carried out the evaluation")
        case .participantCount:
            .wholeNumber("participant_count", example: 11, "how many of the offer's participants took part, e.g. answered")
        case .summary(let language): .localized("summary", language, example: "Deltakerne opplevde økt mestringstro", "what it found")
        }
    }
}
