import Mestring

extension LivedExperienceColumn {
    /// The cell of this column for one lived experience of `person`.
    func cell(of experience: LivedExperience, of person: Person.ID) -> String? {
        switch self {
        case .personID: person.rawValue
        case .kind: experience.kind.rawValue
        case .diagnoses: CellText.diagnoses(experience.diagnoses)
        case .notes: experience.notes
        }
    }
}
