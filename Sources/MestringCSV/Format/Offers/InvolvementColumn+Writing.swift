import Mestring

extension InvolvementColumn {
    /// The cell of this column for one person's part in `offer` (its `occurrence` when the id repeats).
    func cell(of involvement: Involvement, in offer: Offer.ID, occurrence: Int?) -> String? {
        switch self {
        case .offerID: offer.rawValue
        case .offerOccurrence: CellText.number(occurrence)
        case .personID: involvement.person.rawValue
        case .phases: CellText.vocabularyList(involvement.phases)
        }
    }
}
