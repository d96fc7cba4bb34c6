import Mestring

extension PersonColumn {
    /// Reads one row of people.csv; problems are recorded in `row`. Messages never quote the
    /// person's name or contact details, only the columns.
    static func read(_ row: inout RowReader<PersonColumn>) -> Person {
        var person = Person(id: "", name: "", role: .professional)
        var hasID = false
        var hasRole = false
        for (field, column) in row.layout.mapped where !row.record.isBlank(field) {
            switch column {
            case .id:
                person.id = .init(row.text(field))
                hasID = true
            case .name: person.name = Personal(row.text(field))
            case .role:
                hasRole = !row.isStatedEmpty(field)
                if let role: InvolvementRole = row.vocabulary(field, column) { person.role = role }
            case .affiliation: person.affiliation = .init(row.text(field))
            case .profession: person.profession = row.vocabulary(field, column)
            case .appointedBy: person.appointedBy = row.vocabulary(field, column)
            case .healthPedagogyBasis:
                update(&person.healthPedagogy, HealthPedagogyCompetence(basis: ""), \.basis, row.text(field))
            case .healthPedagogyCompleted:
                update(&person.healthPedagogy, HealthPedagogyCompetence(basis: ""), \.completed, row.date(field, column))
            case .peerTrainingProgramme:
                update(&person.peerTraining, PeerTraining(programme: ""), \.programme, row.text(field))
            case .peerTrainingCompleted:
                update(&person.peerTraining, PeerTraining(programme: ""), \.completed, row.date(field, column))
            case .listingConsent: person.listingConsent = row.flag(field, column) ?? false
            case .contactPhone:
                update(&person.contact, PersonalContact(), \.phone, Personal(row.text(field)))
            case .contactEmail:
                update(&person.contact, PersonalContact(), \.email, Personal(row.text(field)))
            }
        }
        if !hasID { row.missing(.id) }
        if !hasRole { row.missing(.role) }
        return person
    }
}
