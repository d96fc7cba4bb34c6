import Mestring

/// The columns of `lived-experience.csv`: one kind of lived experience of one person per row.
enum LivedExperienceColumn: TableColumn {
    case personID, personOccurrence, kind, diagnoses, notes

    static let table = CSVTable.livedExperience
    static let all: [LivedExperienceColumn] = [.personID, .personOccurrence, .kind, .diagnoses, .notes]

    var details: CSVColumnDescription {
        switch self {
        case .personID: .reference("person_id", to: .people, required: true, example: "likeperson-17", "the person")
        case .personOccurrence: .occurrence("person_occurrence", in: .people)
        case .kind: .vocabulary("kind", LivedExperienceKind.self, required: true, example: .ownIllness, "the kind of experience")
        case .diagnoses: .diagnoses("diagnoses", example: "icd-10:J44", "the illnesses the experience is with")
        case .notes: .text("notes", example: "Har hatt KOLS i ti år", "anything else about the experience")
        }
    }
}
