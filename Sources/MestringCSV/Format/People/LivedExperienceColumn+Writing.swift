import Mestring

extension LivedExperienceColumn {
    /// The cell of this column for one lived experience of `person` (its `occurrence` when the id repeats).
    func cell(of experience: LivedExperience, of person: Person.ID, occurrence: Int?) -> String? {
        switch self {
        case .personID: person.rawValue
        case .personOccurrence: CellText.number(occurrence)
        case .kind: experience.kind.rawValue
        case .diagnoses: CellText.diagnoses(experience.diagnoses)
        case .notes: experience.notes?.value
        }
    }
}
