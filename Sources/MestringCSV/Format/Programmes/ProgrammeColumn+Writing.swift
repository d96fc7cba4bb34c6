import Mestring

extension ProgrammeColumn {
    /// The cell of this column for `programme`.
    func cell(of programme: Programme) -> String? {
        switch self {
        case .id: programme.id.rawValue
        case .name(let language): programme.name[language]
        case .summary(let language): CellText.localized(programme.summary, language)
        case .owner: programme.owner?.rawValue
        case .guide: programme.guide
        case .kind: CellText.vocabulary(programme.kind)
        case .format: CellText.vocabulary(programme.format)
        case .audiences: CellText.vocabularyList(programme.audiences)
        case .stages: CellText.vocabularyList(programme.stages)
        case .requiredRoles: CellText.vocabularyList(programme.requiredRoles)
        case .requiredExperience: CellText.vocabularyList(programme.requiredExperience)
        }
    }
}
