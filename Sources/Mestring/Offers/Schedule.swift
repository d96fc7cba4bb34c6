/// When an offer runs: a period, a number of sessions, and the sessions themselves when known.
///
/// Many offers are published before their dates are fixed, so every part is optional; an offer
/// that runs continuously (an e-learning course, peer conversations on request) has no end date.
public struct Schedule: Hashable, Sendable, Codable {
    /// The first day, once it is fixed.
    public var startDate: LocalDate?
    /// The last day; `nil` for an offer that runs continuously.
    public var endDate: LocalDate?
    /// How many times participants meet, when the sessions are not listed.
    public var sessionCount: Int?
    /// The sessions, once their dates are known.
    public var sessions: [Session]
    /// Recurrence or other timing in words ("every spring and autumn").
    public var notes: LocalizedText?

    /// A schedule; every part is optional, because offers are often published before their dates
    /// are fixed.
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
