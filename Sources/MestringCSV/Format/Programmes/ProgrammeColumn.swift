import Mestring

/// The columns of `programmes.csv`: one national programme that offers adopt per row.
enum ProgrammeColumn: TableColumn {
    case id, name(TextLanguage), summary(TextLanguage), owner, guide, kind, format, audiences, stages
    case requiredRoles, requiredExperience

    static let table = CSVTable.programmes
    static let all: [ProgrammeColumn] =
        [.id] + TextLanguage.allCases.map(name) + TextLanguage.allCases.map(summary)
        + [.owner, .guide, .kind, .format, .audiences, .stages, .requiredRoles, .requiredExperience]

    var details: CSVColumnDescription {
        switch self {
        case .id: .identifier("id", example: "smil", "the programme's identifier, unique in the file")
        case .name(let language): .localized("name", language, example: "SMIL", "the programme's name")
        case .summary(let language):
            .localized("summary", language, example: "Gruppetilbud for barn og unge som pårørende", "what the programme is")
        case .owner: .reference("owner", to: .providers, example: "nk-lmh", "the provider that owns the programme")
        case .guide: .text("guide", example: "https://mestring.no/smil-guide", "the web address of the programme's guide")
        case .kind: .vocabulary("kind", OfferKind.self, example: .familyProgramme, "the kind of offer the programme is")
        case .format: .vocabulary("format", OfferFormat.self, example: .group, "individual or group, as the programme prescribes")
        case .audiences:
            .vocabularyList("audiences", Audience.self, example: [.youngNextOfKin, .families], "whom the programme is for")
        case .stages: .vocabularyList("stages", CareStage.self, example: [.prevention], "where in the course of illness it serves")
        case .requiredRoles:
            .vocabularyList("required_roles", InvolvementRole.self, example: [.professional], "the roles that must deliver it")
        case .requiredExperience:
            .vocabularyList(
                "required_experience", LivedExperienceKind.self, example: [.youngNextOfKin],
                "the lived experience someone delivering it must bring")
        }
    }
}
