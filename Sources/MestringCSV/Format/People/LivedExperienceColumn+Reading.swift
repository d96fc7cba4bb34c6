import Mestring

extension LivedExperienceColumn {
    /// Reads one row of lived-experience.csv: the experience and the person it belongs to.
    static func read(_ row: inout RowReader<LivedExperienceColumn>) -> (person: Person.ID, occurrence: Int?, experience: LivedExperience) {
        var person: Person.ID = ""
        var occurrence: Int?
        var experience = LivedExperience(kind: .ownIllness)
        var hasPerson = false
        var hasKind = false
        for (field, column) in row.layout.mapped where !row.record.isBlank(field) {
            switch column {
            case .personID:
                person = .init(row.text(field))
                hasPerson = true
            case .personOccurrence: occurrence = row.occurrence(field, column)
            case .kind:
                hasKind = !row.isStatedEmpty(field)
                if let kind: LivedExperienceKind = row.vocabulary(field, column) { experience.kind = kind }
            case .diagnoses: experience.diagnoses = row.diagnoses(field, column)
            case .notes: experience.notes = Personal(row.text(field))
            }
        }
        if !hasPerson { row.missing(.personID) }
        if !hasKind { row.missing(.kind) }
        return (person, occurrence, experience)
    }
}
