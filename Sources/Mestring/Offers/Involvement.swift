/// One person's part in an offer: in which of planning, delivery and evaluation they take part.
///
/// User involvement (*brukermedvirkning*) is a prerequisite for all learning-and-coping activity:
/// the co-design rules read these records to check that people with lived experience and
/// professionals plan, deliver and evaluate each offer together.
public struct Involvement: Hashable, Sendable, Codable {
    /// The person who takes part.
    public var person: Person.ID
    /// The phases the person takes part in, which the co-design rules read.
    public var phases: [InvolvementPhase]

    /// Records one person's part in an offer.
    public init(person: Person.ID, phases: [InvolvementPhase]) {
        self.person = person
        self.phases = phases
    }
}
