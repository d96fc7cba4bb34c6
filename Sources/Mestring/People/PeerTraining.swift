/// A peer helper's training (*likepersonsopplæring*), usually given by a user organisation.
///
/// Rule `codesign.peer-helper` requires completed training before a peer helper delivers an offer.
public struct PeerTraining: Hashable, Sendable, Codable {
    public var programme: String
    /// When the training was completed; `nil` while it is still under way.
    public var completed: LocalDate?

    public init(programme: String, completed: LocalDate? = nil) {
        self.programme = programme
        self.completed = completed
    }

    public var isCompleted: Bool { completed != nil }
}
