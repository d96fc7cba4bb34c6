/// How to get a place on an offer: the organisation's contact, not a person's.
///
/// Rule `access.stated` requires a way to sign up; without it an offer exists only on paper.
/// The phone and e-mail here belong to the provider's office and are public; a named person's
/// contact lives in ``PersonalContact``.
public struct SignUp: Hashable, Sendable, Codable {
    /// Whether participants sign up themselves or need a referral.
    public var method: SignUpMethod
    /// A web page or form for signing up.
    public var url: String?
    /// The provider's public phone number for signing up.
    public var phone: String?
    /// The provider's public e-mail address for signing up.
    public var email: String?
    /// The last day to sign up.
    public var deadline: LocalDate?
    /// What to do, in words ("ring eller meld deg på nett").
    public var instructions: LocalizedText?

    /// How to sign up, with the provider's public channels.
    public init(
        method: SignUpMethod, url: String? = nil, phone: String? = nil, email: String? = nil,
        deadline: LocalDate? = nil, instructions: LocalizedText? = nil
    ) {
        self.method = method
        self.url = url
        self.phone = phone
        self.email = email
        self.deadline = deadline
        self.instructions = instructions
    }

    /// `true` when the method needs a referral (*henvisning*).
    public var requiresReferral: Bool { method == .referral }

    /// `true` when at least one way of reaching the provider is given.
    public var hasChannel: Bool {
        !(url ?? "").isEmpty || !(phone ?? "").isEmpty || !(email ?? "").isEmpty || !(instructions?.isEmpty ?? true)
    }
}
