import Mestring

/// What the co-design rules need to know about a person, kept apart from the record so that
/// checking 100,000 offers does not copy a person's record for every involvement.
struct Participant {
    let isProfessional: Bool
    /// Takes part *as* a user, next of kin or their representative: what user involvement
    /// (*brukermedvirkning*) means. A professional's own lived experience does not count.
    let speaksAsUser: Bool
    let wasYoungNextOfKin: Bool

    init(_ person: Person) {
        switch person.role {
        case .professional, .coordinator:
            isProfessional = true
            speaksAsUser = false
        case .userRepresentative, .experiencedUser, .nextOfKinRepresentative, .peerHelper:
            isProfessional = false
            speaksAsUser = true
        }
        wasYoungNextOfKin = person.livedExperience.contains { experience in
            if case .youngNextOfKin = experience.kind { true } else { false }
        }
    }
}
