/// How participants take part: in the room, on a screen, either, or at their own pace.
///
/// Delivery mode is part of equal access: a digital offer reaches users far from the hospital,
/// an in-person offer reaches users without digital skills.
public enum DeliveryMode: String, CatalogEnumeration {
    /// Participants meet in person.
    case inPerson = "in-person"
    /// Participants meet at the same time on video.
    case digital = "digital"
    /// Some participants in the room, some on video.
    case hybrid = "hybrid"
    /// Self-paced e-learning, no fixed time.
    case selfPaced = "self-paced"

    /// The name of this vocabulary in messages: `unknown delivery mode "…"; expected one of …`.
    public static let vocabularyName = "delivery mode"

    /// The Bokmål label to show users, e.g. `fysisk oppmøte`.
    public var norwegianLabel: String {
        switch self {
        case .inPerson: "fysisk oppmøte"
        case .digital: "digitalt"
        case .hybrid: "hybrid"
        case .selfPaced: "selvstudium"
        }
    }

    /// Words spreadsheets use for how participants take part, e.g. `fysisk`, `nett`.
    public var norwegianWords: [String] {
        switch self {
        case .inPerson: ["fysisk", "oppmøte"]
        case .digital: ["digital", "nett", "video", "på nett"]
        case .hybrid: ["fysisk og digitalt"]
        case .selfPaced: ["selvstudie", "i eget tempo"]
        }
    }
}
