import Mestring

/// What the co-design rules need to know about a person, kept apart from the record so that
/// checking 100,000 offers does not copy a person's record for every involvement.
struct Participant {
    let isProfessional: Bool
    /// Takes part *as* a user, next of kin or their representative: what user involvement
    /// (*brukermedvirkning*) means. A professional's own lived experience does not count.
    let speaksAsUser: Bool
    let wasYoungNextOfKin: Bool
    /// A professional without recorded health-pedagogy competence.
    let lacksHealthPedagogy: Bool

    init(_ person: Person) {
        speaksAsUser = person.role.speaksAsUser
        isProfessional = !speaksAsUser
        wasYoungNextOfKin = person.livedExperience.contains { experience in
            if case .youngNextOfKin = experience.kind { true } else { false }
        }
        lacksHealthPedagogy = person.lacksHealthPedagogy
    }
}

extension Person {
    /// `true` for a professional without recorded health-pedagogy competence.
    var lacksHealthPedagogy: Bool {
        guard case .professional = role else { return false }
        return (healthPedagogy?.basis.trimmingSpaces() ?? "").isEmpty
    }
}

extension InvolvementRole {
    /// `true` for the roles in which someone takes part *as* a user, next of kin or their
    /// representative: what user involvement (*brukermedvirkning*) means to the co-design rules.
    var speaksAsUser: Bool {
        switch self {
        case .userRepresentative, .experiencedUser, .nextOfKinRepresentative, .peerHelper: true
        case .professional, .coordinator: false
        }
    }
}
