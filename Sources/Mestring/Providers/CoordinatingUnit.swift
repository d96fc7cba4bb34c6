/// The hospital's coordinating unit for habilitation and rehabilitation (*koordinerende enhet*).
///
/// The guideline recommends linking a learning-and-coping centre to it, because it is the
/// municipalities' contact point: pathways hand over from hospital to municipality through it.
public struct CoordinatingUnit: Hashable, Sendable, Codable {
    /// The unit's name, e.g. "Koordinerende enhet, Haukeland universitetssykehus".
    public var name: String
    /// The unit's public phone number, for municipalities.
    public var phone: String?
    /// The unit's public e-mail address, for municipalities.
    public var email: String?

    /// A hospital's coordinating unit and its public channels.
    public init(name: String, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
    }
}
