/// One meeting of an offer: a course evening, a group meeting, a webinar.
public struct Session: Hashable, Sendable, Codable {
    public var date: LocalDate
    /// Local wall-clock start time.
    public var start: TimeOfDay?
    public var durationMinutes: Int?
    public var topic: LocalizedText?

    public init(date: LocalDate, start: TimeOfDay? = nil, durationMinutes: Int? = nil, topic: LocalizedText? = nil) {
        self.date = date
        self.start = start
        self.durationMinutes = durationMinutes
        self.topic = topic
    }
}
