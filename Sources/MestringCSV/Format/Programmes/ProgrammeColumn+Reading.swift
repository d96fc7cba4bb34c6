import Mestring

extension ProgrammeColumn {
    /// Reads one row of programmes.csv.
    static func read(_ row: inout RowReader<ProgrammeColumn>) -> Programme {
        var programme = Programme(id: "", name: LocalizedText())
        var hasID = false
        for (field, column) in row.layout.mapped where !row.record.isBlank(field) {
            switch column {
            case .id:
                programme.id = .init(row.text(field))
                hasID = true
            case .name(let language): programme.name[language] = row.text(field)
            case .summary(let language): row.localized(&programme.summary, language, field)
            case .owner: programme.owner = .init(row.text(field))
            case .guide: programme.guide = row.text(field)
            case .kind: programme.kind = row.vocabulary(field, column)
            case .format: programme.format = row.vocabulary(field, column)
            case .audiences: programme.audiences = row.vocabularyList(field, column)
            case .stages: programme.stages = row.vocabularyList(field, column)
            case .requiredRoles: programme.requiredRoles = row.vocabularyList(field, column)
            case .requiredExperience: programme.requiredExperience = row.vocabularyList(field, column)
            }
        }
        if !hasID { row.missing(.id) }
        return programme
    }
}
