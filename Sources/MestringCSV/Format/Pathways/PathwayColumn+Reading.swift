import Mestring

extension PathwayColumn {
    /// Reads one row of pathways.csv; its steps come from pathway-steps.csv.
    static func read(_ row: inout RowReader<PathwayColumn>) -> Pathway {
        var pathway = Pathway(id: "", name: LocalizedText())
        var hasID = false
        for (field, column) in row.layout.mapped where !row.record.isBlank(field) {
            switch column {
            case .id:
                pathway.id = .init(row.text(field))
                hasID = true
            case .name(let language): pathway.name[language] = row.text(field)
            case .summary(let language): row.localized(&pathway.summary, language, field)
            case .audiences: pathway.audiences = row.vocabularyList(field, column)
            case .conditions: pathway.conditions = row.diagnoses(field, column)
            }
        }
        if !hasID { row.missing(.id) }
        return pathway
    }
}
