/// Who may take part, beyond the audience: age limits and residency.
///
/// Whether a referral is needed is part of ``SignUp``, because it is how one gets a place.
public struct Eligibility: Hashable, Sendable, Codable {
    /// The youngest age accepted, in whole years.
    public var minimumAge: Int?
    /// The oldest age accepted, in whole years.
    public var maximumAge: Int?
    /// Only residents of the offer's municipalities may take part.
    public var residentsOnly: Bool?
    /// Other conditions, in words.
    public var notes: LocalizedText?

    /// States who may take part; leave what is not known `nil`.
    public init(minimumAge: Int? = nil, maximumAge: Int? = nil, residentsOnly: Bool? = nil, notes: LocalizedText? = nil) {
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
        self.residentsOnly = residentsOnly
        self.notes = notes
    }
}
