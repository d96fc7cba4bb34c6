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
            case .name: person.name = row.text(field)
            case .role:
                hasRole = !row.isStatedEmpty(field)
                if let role: InvolvementRole = row.vocabulary(field, column) { person.role = role }
            case .affiliation: person.affiliation = .init(row.text(field))
            case .profession: person.profession = row.text(field)
            case .healthPedagogyBasis:
                let basis = row.text(field)
                update(&person.healthPedagogy, HealthPedagogyCompetence(basis: "")) { $0.basis = basis }
            case .healthPedagogyCompleted:
                let date = row.date(field, column)
                update(&person.healthPedagogy, HealthPedagogyCompetence(basis: "")) { $0.completed = date }
            case .peerTrainingProgramme:
                let programme = row.text(field)
                update(&person.peerTraining, PeerTraining(programme: "")) { $0.programme = programme }
            case .peerTrainingCompleted:
                let date = row.date(field, column)
                update(&person.peerTraining, PeerTraining(programme: "")) { $0.completed = date }
            case .listingConsent: person.listingConsent = row.flag(field, column) ?? false
            case .contactPhone:
                let phone = row.text(field)
                update(&person.contact, PersonalContact()) { $0.phone = phone }
            case .contactEmail:
                let email = row.text(field)
                update(&person.contact, PersonalContact()) { $0.email = email }
            }
        }
        if !hasID { row.missing(.id) }
        if !hasRole { row.missing(.role) }
        return person
    }
}
