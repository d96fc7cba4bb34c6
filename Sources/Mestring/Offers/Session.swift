/// One meeting of an offer: a course evening, a group meeting, a webinar.
public struct Session: Hashable, Sendable, Codable {
    /// The day of the session.
    public var date: LocalDate
    /// Local wall-clock start time.
    public var start: TimeOfDay?
    /// How long the session lasts, in minutes.
    public var durationMinutes: Int?
    /// What the session is about.
    public var topic: LocalizedText?

    /// One meeting on a given day; the rest may follow later.
    public init(date: LocalDate, start: TimeOfDay? = nil, durationMinutes: Int? = nil, topic: LocalizedText? = nil) {
        self.date = date
        self.start = start
        self.durationMinutes = durationMinutes
        self.topic = topic
    }
}
