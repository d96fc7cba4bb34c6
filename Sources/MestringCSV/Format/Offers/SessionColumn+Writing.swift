import Mestring

extension SessionColumn {
    /// The cell of this column for one session of `offer` (its `occurrence` when the id repeats).
    func cell(of session: Session, in offer: Offer.ID, occurrence: Int?) -> String? {
        switch self {
        case .offerID: offer.rawValue
        case .offerOccurrence: CellText.number(occurrence)
        case .date: session.date.iso8601
        case .start: session.start?.description
        case .durationMinutes: CellText.number(session.durationMinutes)
        case .topic(let language): CellText.localized(session.topic, language)
        }
    }
}
