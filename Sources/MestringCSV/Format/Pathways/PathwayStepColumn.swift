import Mestring

/// The columns of `pathway-steps.csv`: one step of one pathway per row, in the pathway's order.
enum PathwayStepColumn: TableColumn {
    case pathwayID, pathwayOccurrence, offerID, offerKind, level, stage, handOver(TextLanguage), handOverUnit

    static let table = CSVTable.pathwaySteps
    static let all: [PathwayStepColumn] = 
        [.pathwayID, .pathwayOccurrence, .offerID, .offerKind, .level, .stage] + TextLanguage.allCases.map(handOver) + [.handOverUnit]

    var details: CSVColumnDescription {
        switch self {
        case .pathwayID: .reference("pathway_id", to: .pathways, required: true, example: "kols-forlop-ahus", "the pathway")
        case .pathwayOccurrence: .occurrence("pathway_occurrence", in: .pathways)
        case .offerID:
            CSVColumnDescription(
                "offer_id", "identifier", allowed: "an `id` in offers.csv, or an offer that is not in the catalogue yet",
                example: "ahus-kols-2026", "the offer this step is, when there is one")
        case .offerKind:
            .vocabulary("offer_kind", OfferKind.self, example: .peerGroup, "the kind of offer, when no specific offer is named")
        case .level: .vocabulary("level", ServiceLevel.self, example: .municipal, "the level, when no specific offer is named")
        case .stage: .vocabulary("stage", CareStage.self, required: true, example: .rehabilitation, "the care stage of the step")
        case .handOver(let language):
            .localized("hand_over", language, example: "Koordinerende enhet melder til kommunen", "how the user is handed over")
        case .handOverUnit:
            .reference(
                "hand_over_unit", to: .providers, example: "haukeland-lms",
                "the provider whose coordinating unit (koordinerende enhet) hands the user over")
        }
    }
}
