import Mestring

extension PersonColumn {
    /// The cell of this column for `person`.
    func cell(of person: Person) -> String? {
        switch self {
        case .id: person.id.rawValue
        case .name: person.name.value.isEmpty ? nil : person.name.value
        case .role: person.role.rawValue
        case .affiliation: person.affiliation?.rawValue
        case .profession: CellText.vocabulary(person.profession)
        case .appointedBy: CellText.vocabulary(person.appointedBy)
        case .healthPedagogyBasis: person.healthPedagogy?.basis
        case .healthPedagogyCompleted: person.healthPedagogy?.completed?.iso8601
        case .peerTrainingProgramme: person.peerTraining?.programme
        case .peerTrainingCompleted: person.peerTraining?.completed?.iso8601
        case .listingConsent: CellCoding.flag(person.listingConsent)
        case .contactPhone: person.contact?.phone?.value
        case .contactEmail: person.contact?.email?.value
        }
    }
}
