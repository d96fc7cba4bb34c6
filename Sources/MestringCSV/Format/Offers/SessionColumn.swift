import Mestring

/// The columns of `sessions.csv`: one session of one offer per row, in the offer's order.
enum SessionColumn: TableColumn {
    case offerID, offerOccurrence, date, start, durationMinutes, topic(TextLanguage)

    static let table = CSVTable.sessions
    static let all: [SessionColumn] = [.offerID, .offerOccurrence, .date, .start, .durationMinutes] + TextLanguage.allCases.map(topic)

    var details: CSVColumnDescription {
        switch self {
        case .offerID: .reference("offer_id", to: .offers, required: true, example: "ahus-kols-2026", "the offer")
        case .offerOccurrence: .occurrence("offer_occurrence", in: .offers)
        case .date: .date("date", required: true, example: "2026-03-02", "the day of the session")
        case .start:
            CSVColumnDescription(
                "start", "time", allowed: "`HH:MM`, 24-hour clock (also read: `H:MM`, `HH.MM`)", example: "18:00", "local start time")
        case .durationMinutes: .wholeNumber("duration_minutes", example: 120, "how long the session lasts, in minutes")
        case .topic(let language): .localized("topic", language, example: "Hva er KOLS?", "the session's topic")
        }
    }
}
