import Mestring

/// The offers of one level in one area, counted along the dimensions of equal access.
///
/// Each offer counts once per area, however many of the area's municipalities it serves. The
/// dimensions are those the texts name: the national wish for offers both for changing lifestyle
/// habits and for coping with illness (004), next of kin and young next of kin as audiences (000,
/// 002), and access regardless of age, place and ethnicity (003), measured by age, delivery mode
/// and language.
public struct OfferTally: Hashable, Sendable, Codable {
    /// How many offers.
    public var offers = 0
    /// Offers for changing lifestyle habits (kind `lifestyle-change`; 004: «endre levevaner»).
    public var lifestyleChange = 0
    /// Offers for coping with living with illness (004: «mestre og håndtere livet med sykdom»):
    /// living-with offers and offers across diagnoses, other than lifestyle change and
    /// competence-building for staff.
    public var coping = 0
    /// Offers with next of kin (*pårørende*) as an audience.
    public var nextOfKin = 0
    /// Offers with children and young people as next of kin as an audience.
    public var youngNextOfKin = 0
    /// Offers held in a Sami language.
    public var samiLanguage = 0
    /// Offers per language they are held in (`nb`, `se`…); an offer in two languages counts in both.
    public var languages: [String: Int] = [:]
    /// Offers per delivery mode (`in-person`…), and `not-stated`.
    public var deliveryModes: [String: Int] = [:]
    /// Offers open to each age group (`children`, `adults`, `older`).
    public var ageGroups: [String: Int] = [:]

    /// An empty tally.
    public init() {}

    /// The key under which offers that do not state their delivery mode are counted.
    public static let notStated = "not-stated"

    /// An offer about coping with illness: living with it, or across diagnoses; not lifestyle
    /// change and not competence-building for staff, which the wish names apart.
    static func isCoping(kind: OfferKind?, focus: FocusKind?) -> Bool {
        guard focus == .livingWith || focus == .crossDiagnosis else { return false }
        return kind != .lifestyleChange && kind != .competenceBuilding
    }
}
