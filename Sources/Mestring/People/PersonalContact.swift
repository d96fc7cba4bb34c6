/// A person's own phone number and e-mail address: **personal data**.
///
/// Peer helpers, user representatives and professionals are people, and their contact details are
/// personal data under the GDPR. They are optional, never required by any rule, and removed by
/// ``Catalog/publicExport()`` so that a catalogue can be published without them.
public struct PersonalContact: Hashable, Sendable, Codable, PersonalData {
    /// The person's own phone number: personal data.
    public var phone: Personal<String>?
    /// The person's own e-mail address: personal data.
    public var email: Personal<String>?

    /// A person's own contact details.
    public init(phone: Personal<String>? = nil, email: Personal<String>? = nil) {
        self.phone = phone
        self.email = email
    }
}

/// Marks a type whose values are personal data about a named person.
///
/// Adapters and reports must not print such values in error messages or logs, and a public export
/// leaves them out. The types that conform hide their values from `description`, `debugDescription`
/// and `dump` (``Personal``, ``LivedExperience``).
public protocol PersonalData {}
