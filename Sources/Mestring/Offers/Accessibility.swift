/// What an offer does so that people with disabilities or language needs can take part.
///
/// Part of equal access (*likeverdig tilgang*): rule `access.stated` requires it to be stated.
/// `nil` for a field means "not stated", which is different from `false` ("not available").
public struct Accessibility: Hashable, Sendable, Codable {
    /// Step-free access and an accessible toilet at the venue.
    public var wheelchairAccessible: Bool?
    /// An induction loop (*teleslynge*) in the room.
    public var hearingLoop: Bool?
    /// An interpreter (spoken or sign language) can be booked.
    public var interpreterAvailable: Bool?
    /// Material in plain language (*lettlest*).
    public var easyRead: Bool?
    /// Anything else a participant should know.
    public var notes: LocalizedText?

    /// Describes accessibility. Leave what is not known `nil` ("not stated"), which validation
    /// reports, rather than `false` ("not available").
    public init(
        wheelchairAccessible: Bool? = nil, hearingLoop: Bool? = nil, interpreterAvailable: Bool? = nil,
        easyRead: Bool? = nil, notes: LocalizedText? = nil
    ) {
        self.wheelchairAccessible = wheelchairAccessible
        self.hearingLoop = hearingLoop
        self.interpreterAvailable = interpreterAvailable
        self.easyRead = easyRead
        self.notes = notes
    }
}
