import Mestring

extension PathwayStepColumn {
    /// Reads one row of pathway-steps.csv: the step and the pathway it belongs to.
    static func read(_ row: inout RowReader<PathwayStepColumn>) -> (pathway: Pathway.ID, occurrence: Int?, step: PathwayStep) {
        var pathway: Pathway.ID = ""
        var occurrence: Int?
        var step = PathwayStep(stage: .prevention)
        var hasPathway = false
        var hasStage = false
        for (field, column) in row.layout.mapped where !row.record.isBlank(field) {
            switch column {
            case .pathwayID:
                pathway = .init(row.text(field))
                hasPathway = true
            case .pathwayOccurrence: occurrence = row.occurrence(field, column)
            case .offerID: step.offer = .init(row.text(field))
            case .offerKind: step.offerKind = row.vocabulary(field, column)
            case .level: step.level = row.vocabulary(field, column)
            case .stage:
                hasStage = !row.isStatedEmpty(field)
                if let stage: CareStage = row.vocabulary(field, column) { step.stage = stage }
            case .handOver(let language): row.localized(&step.handOver, language, field)
            case .handOverUnit: step.handOverUnit = .init(row.text(field))
            }
        }
        if !hasPathway { row.missing(.pathwayID) }
        if !hasStage { row.missing(.stage) }
        return (pathway, occurrence, step)
    }
}
