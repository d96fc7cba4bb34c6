import Mestring

/// The columns of `people.csv`: one person per row. Name and contact are personal data.
enum PersonColumn: TableColumn {
    case id, name, role, affiliation, profession, appointedBy, healthPedagogyBasis, healthPedagogyCompleted
    case peerTrainingProgramme, peerTrainingCompleted, listingConsent, contactPhone, contactEmail

    static let table = CSVTable.people

    static let all: [PersonColumn] = [
        .id, .name, .role, .affiliation, .profession, .appointedBy, .healthPedagogyBasis, .healthPedagogyCompleted,
        .peerTrainingProgramme, .peerTrainingCompleted, .listingConsent, .contactPhone, .contactEmail,
    ]

    var details: CSVColumnDescription {
        switch self {
        case .id: .identifier("id", example: "likeperson-17", "the person's identifier, unique in the file; not personal data")
        case .name: .text("name", example: "Kari Nordmann", "the person's name (personal data)")
        case .role: .vocabulary("role", InvolvementRole.self, required: true, example: .peerHelper, "the role in which the person takes part")
        case .affiliation: .reference("affiliation", to: .providers, example: "lhl-bergen", "the organisation the person comes from")
        case .profession: .vocabulary("profession", Profession.self, example: .nurse, "for professionals: their profession")
        case .appointedBy:
            .vocabulary("appointed_by", AppointingBody.self, example: .userCouncil, "for user representatives: who appointed them")
        case .healthPedagogyBasis:
            .text("health_pedagogy_basis", example: "Helsepedagogikk 15 stp, OsloMet", "for professionals: their training in health pedagogy")
        case .healthPedagogyCompleted: .date("health_pedagogy_completed", example: "2020-06-01", "when that training was completed")
        case .peerTrainingProgramme: .text("peer_training_programme", example: "Likepersonskurs, LHL", "for peer helpers: their peer training")
        case .peerTrainingCompleted:
            .date("peer_training_completed", example: "2024-02-29", "when the peer training was completed; empty while under way")
        case .listingConsent: .flag("listing_consent", example: true, "consented to be named in the published catalogue; empty is false")
        case .contactPhone: .text("contact_phone", example: "+47 400 00 000", "the person's own phone (personal data)")
        case .contactEmail: .text("contact_email", example: "kari@example.no", "the person's own e-mail (personal data)")
        }
    }
}
