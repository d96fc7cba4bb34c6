/// When an offer runs: a period, a number of sessions, and the sessions themselves when known.
///
/// Many offers are published before their dates are fixed, so every part is optional; an offer
/// that runs continuously (an e-learning course, peer conversations on request) has no end date.
public struct Schedule: Hashable, Sendable, Codable {
    public var startDate: LocalDate?
    public var endDate: LocalDate?
    /// How many times participants meet, when the sessions are not listed.
    public var sessionCount: Int?
    public var sessions: [Session]
    /// Recurrence or other timing in words ("every spring and autumn").
    public var notes: LocalizedText?

    public init(
        startDate: LocalDate? = nil, endDate: LocalDate? = nil, sessionCount: Int? = nil,
        sessions: [Session] = [], notes: LocalizedText? = nil
    ) {
        self.startDate = startDate
        self.endDate = endDate
        self.sessionCount = sessionCount
        self.sessions = sessions
        self.notes = notes
    }
}
