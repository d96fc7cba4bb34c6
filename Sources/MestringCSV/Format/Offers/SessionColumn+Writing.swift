import Mestring

extension SessionColumn {
    /// The cell of this column for one session of `offer`.
    func cell(of session: Session, in offer: Offer.ID) -> String? {
        switch self {
        case .offerID: offer.rawValue
        case .date: session.date.iso8601
        case .start: session.start?.description
        case .durationMinutes: CellText.number(session.durationMinutes)
        case .topic(let language): CellText.localized(session.topic, language)
        }
    }
}
