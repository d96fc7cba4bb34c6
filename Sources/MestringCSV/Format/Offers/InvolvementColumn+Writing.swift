import Mestring

extension InvolvementColumn {
    /// The cell of this column for one person's part in `offer`.
    func cell(of involvement: Involvement, in offer: Offer.ID) -> String? {
        switch self {
        case .offerID: offer.rawValue
        case .personID: involvement.person.rawValue
        case .phases: CellText.vocabularyList(involvement.phases)
        }
    }
}
