import Mestring

extension PathwayColumn {
    /// The cell of this column for `pathway`.
    func cell(of pathway: Pathway) -> String? {
        switch self {
        case .id: pathway.id.rawValue
        case .name(let language): pathway.name[language]
        case .summary(let language): CellText.localized(pathway.summary, language)
        case .audiences: CellText.vocabularyList(pathway.audiences)
        case .conditions: CellText.diagnoses(pathway.conditions)
        }
    }
}
