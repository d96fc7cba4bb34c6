import Mestring

/// What the co-design rules need to know about a person, kept apart from the record so that
/// checking 100,000 offers does not copy a person's record for every involvement.
struct Participant {
    let isProfessional: Bool
    let hasLivedExperience: Bool
    let wasYoungNextOfKin: Bool

    init(_ person: Person) {
        if case .professional = person.role { isProfessional = true } else { isProfessional = false }
        hasLivedExperience = person.hasLivedExperience
        wasYoungNextOfKin = person.livedExperience.contains { experience in
            if case .youngNextOfKin = experience.kind { true } else { false }
        }
    }
}
