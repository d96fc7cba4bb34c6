import Mestring

/// The columns of `providers.csv`: one organisation that runs offers per row.
enum ProviderColumn: TableColumn {
    case id, name(TextLanguage), kind, organisationNumber, municipalities, healthTrust, parent
    case coordinatingUnitName, coordinatingUnitPhone, coordinatingUnitEmail, website, phone, email

    static let table = CSVTable.providers

    static let all: [ProviderColumn] =
        [.id] + TextLanguage.allCases.map(name)
        + [.kind, .organisationNumber, .municipalities, .healthTrust, .parent]
        + [.coordinatingUnitName, .coordinatingUnitPhone, .coordinatingUnitEmail, .website, .phone, .email]

    var details: CSVColumnDescription {
        switch self {
        case .id: .identifier("id", example: "ahus-lms", "the provider's identifier, unique in the file")
        case .name(let language):
            .localized("name", language, example: "Lærings- og mestringssenteret, Ahus", "the provider's name")
        case .kind:
            .vocabulary("kind", ProviderKind.self, example: .hospitalLearningCentre, "the kind of organisation; decides its level; blank when not stated")
        case .organisationNumber:
            CSVColumnDescription(
                "organisation_number", "organisation number", allowed: "nine digits; spaces are ignored", example: "983 971 636",
                "the number in Enhetsregisteret; offers.csv may name the provider by it")
        case .municipalities:
            CSVColumnDescription(
                "municipalities", "list of municipality numbers", allowed: "four-digit numbers (kommunenummer), separated by `|`",
                example: "3205|3201", "the municipalities the provider serves")
        case .healthTrust: .text("health_trust", example: "Akershus universitetssykehus HF", "the health trust of a hospital provider")
        case .parent: .reference("parent", to: .providers, example: "ahus", "the organisation this one is part of")
        case .coordinatingUnitName:
            .text("coordinating_unit_name", example: "Koordinerende enhet, Ahus", "the hospital's coordinating unit (koordinerende enhet)")
        case .coordinatingUnitPhone: .text("coordinating_unit_phone", example: "+47 67 96 00 00", "the coordinating unit's phone")
        case .coordinatingUnitEmail: .text("coordinating_unit_email", example: "ke@example.no", "the coordinating unit's e-mail")
        case .website: .text("website", example: "https://example.no/lms", "the provider's web page")
        case .phone: .text("phone", example: "+47 67 96 00 00", "the organisation's public phone")
        case .email: .text("email", example: "lms@example.no", "the organisation's public e-mail")
        }
    }
}
