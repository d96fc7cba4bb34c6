import Mestring

extension PathwayStepColumn {
    /// The cell of this column for one step of `pathway` (its `occurrence` when the id repeats).
    func cell(of step: PathwayStep, in pathway: Pathway.ID, occurrence: Int?) -> String? {
        switch self {
        case .pathwayID: pathway.rawValue
        case .pathwayOccurrence: CellText.number(occurrence)
        case .offerID: step.offer?.rawValue
        case .offerKind: CellText.vocabulary(step.offerKind)
        case .level: CellText.vocabulary(step.level)
        case .stage: step.stage.rawValue
        case .handOver(let language): CellText.localized(step.handOver, language)
        case .handOverUnit: step.handOverUnit?.rawValue
        }
    }
}
