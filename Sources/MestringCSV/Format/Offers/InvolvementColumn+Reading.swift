import Mestring

extension InvolvementColumn {
    /// Reads one row of involvement.csv: a person's part and the offer it belongs to.
    static func read(_ row: inout RowReader<InvolvementColumn>) -> (offer: Offer.ID, occurrence: Int?, involvement: Involvement) {
        var offer: Offer.ID = ""
        var occurrence: Int?
        var involvement = Involvement(person: "", phases: [])
        var hasOffer = false
        var hasPerson = false
        for (field, column) in row.layout.mapped where !row.record.isBlank(field) {
            switch column {
            case .offerID:
                offer = .init(row.text(field))
                hasOffer = true
            case .offerOccurrence: occurrence = row.occurrence(field, column)
            case .personID:
                involvement.person = .init(row.text(field))
                hasPerson = true
            case .phases: involvement.phases = row.vocabularyList(field, column)
            }
        }
        if !hasOffer { row.missing(.offerID) }
        if !hasPerson { row.missing(.personID) }
        return (offer, occurrence, involvement)
    }
}
