/// The hospital's coordinating unit for habilitation and rehabilitation (*koordinerende enhet*).
///
/// The guideline recommends linking a learning-and-coping centre to it, because it is the
/// municipalities' contact point: pathways hand over from hospital to municipality through it.
public struct CoordinatingUnit: Hashable, Sendable, Codable {
    public var name: String
    public var phone: String?
    public var email: String?

    public init(name: String, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
    }
}
