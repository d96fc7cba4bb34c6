import Mestring

/// The columns of `pathways.csv`: one coherent pathway per row; its steps are in pathway-steps.csv.
enum PathwayColumn: TableColumn {
    case id, name(TextLanguage), summary(TextLanguage), audiences, conditions

    static let table = CSVTable.pathways
    static let all: [PathwayColumn] =
        [.id] + TextLanguage.allCases.map(name) + TextLanguage.allCases.map(summary) + [.audiences, .conditions]

    var details: CSVColumnDescription {
        switch self {
        case .id: .identifier("id", example: "kols-forlop-ahus", "the pathway's identifier, unique in the file")
        case .name(let language): .localized("name", language, example: "KOLS-forløp", "the pathway's name")
        case .summary(let language): .localized("summary", language, example: "Fra sykehus til kommune", "what the pathway is")
        case .audiences: .vocabularyList("audiences", Audience.self, example: [.patients, .nextOfKin], "who the pathway is for")
        case .conditions: .diagnoses("conditions", example: "icd-10:J44|icpc-2:R95", "the conditions the pathway is for")
        }
    }
}
