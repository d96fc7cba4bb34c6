import Mestring

/// The columns of `involvement.csv`: one person's part in one offer per row, in the offer's order.
enum InvolvementColumn: TableColumn {
    case offerID, offerOccurrence, personID, phases

    static let table = CSVTable.involvement
    static let all: [InvolvementColumn] = [.offerID, .offerOccurrence, .personID, .phases]

    var details: CSVColumnDescription {
        switch self {
        case .offerID: .reference("offer_id", to: .offers, required: true, example: "ahus-kols-2026", "the offer")
        case .offerOccurrence: .occurrence("offer_occurrence", in: .offers)
        case .personID: .reference("person_id", to: .people, required: true, example: "likeperson-17", "the person taking part")
        case .phases:
            .vocabularyList(
                "phases", InvolvementPhase.self, example: [.planning, .delivery, .evaluation], "the phases the person takes part in")
        }
    }
}
