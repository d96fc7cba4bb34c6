import Mestring

/// An age group the coverage table counts offers for, so that gaps for children or older people
/// show (003: «likeverdig tilgang … uavhengig av alder»).
///
/// An offer counts for a group when its age limits (``Mestring/Eligibility``) overlap the group's
/// ages; an offer without limits is open to every group.
public enum AgeGroup: String, CaseIterable, Hashable, Sendable, Codable {
    /// Children and young people, 0–17.
    case children
    /// Adults, 18–66.
    case adults
    /// Older people, 67 and over.
    case older

    /// The ages of the group, inclusive.
    public var ages: ClosedRange<Int> {
        switch self {
        case .children: 0...17
        case .adults: 18...66
        case .older: 67...Int.max
        }
    }

    /// `true` when an offer with these limits is open to someone in the group.
    public func admits(_ eligibility: Eligibility?) -> Bool {
        let lowest = eligibility?.minimumAge ?? 0
        let highest = eligibility?.maximumAge ?? Int.max
        return lowest <= ages.upperBound && highest >= ages.lowerBound
    }
}
