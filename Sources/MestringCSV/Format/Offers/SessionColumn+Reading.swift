import Mestring

extension SessionColumn {
    /// Reads one row of sessions.csv: the session and the offer it belongs to.
    static func read(_ row: inout RowReader<SessionColumn>) -> (offer: Offer.ID, occurrence: Int?, session: Session) {
        var offer: Offer.ID = ""
        var occurrence: Int?
        var session = Session(date: LocalDate(year: 1, month: 1, day: 1))
        var hasOffer = false
        var hasDate = false
        for (field, column) in row.layout.mapped where !row.record.isBlank(field) {
            switch column {
            case .offerID:
                offer = .init(row.text(field))
                hasOffer = true
            case .offerOccurrence: occurrence = row.occurrence(field, column)
            case .date:
                hasDate = !row.isStatedEmpty(field)
                if let date = row.date(field, column) { session.date = date }
            case .start: session.start = row.time(field, column)
            case .durationMinutes: session.durationMinutes = row.wholeNumber(field, column)
            case .topic(let language): row.localized(&session.topic, language, field)
            }
        }
        if !hasOffer { row.missing(.offerID) }
        if !hasDate { row.missing(.date) }
        return (offer, occurrence, session)
    }
}
