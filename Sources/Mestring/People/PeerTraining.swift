/// A peer helper's training (*likepersonsopplæring*), usually given by a user organisation.
///
/// Rule `codesign.peer-helper` requires completed training before a peer helper delivers an offer.
public struct PeerTraining: Hashable, Sendable, Codable {
    /// The training programme, e.g. a user organisation's course for peer helpers.
    public var programme: String
    /// When the training was completed; `nil` while it is still under way.
    public var completed: LocalDate?

    /// Records a peer helper's training; leave `completed` `nil` while it is under way.
    public init(programme: String, completed: LocalDate? = nil) {
        self.programme = programme
        self.completed = completed
    }

    /// `true` once the training is completed, which rule `codesign.peer-helper` requires.
    public var isCompleted: Bool { completed != nil }
}
