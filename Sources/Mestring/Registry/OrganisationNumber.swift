/// A Norwegian organisation number (*organisasjonsnummer*) from the Central Coordinating Register
/// for Legal Entities (Enhetsregisteret): nine digits, the last a MOD11 check digit.
///
/// Providers are identified across systems by this number: a spreadsheet row that names the
/// hospital by organisation number can be matched to the provider record. The value is kept as
/// written, even when the check digit is wrong, so an import loses nothing; ``isValid`` tells, and
/// rule `integrity.organisation-number` reports it.
///
/// ```swift
/// OrganisationNumber("974 589 095").isValid   // true (spaces are ignored)
/// ```
public struct OrganisationNumber: StringValue {
    /// The number with spaces removed.
    public let rawValue: String

    /// Keeps the number as written (without spaces), even when it is not valid, so that an import loses nothing;
    /// validation reports it.
    public init(rawValue: String) { self.rawValue = rawValue.filter { $0 != " " } }

    /// `true` when the number has nine digits and its MOD11 check digit (weights 3 2 7 6 5 4 3 2) is right.
    public var isValid: Bool {
        let digits = rawValue.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard rawValue.count == 9, digits.count == 9 else { return false }
        let weights = [3, 2, 7, 6, 5, 4, 3, 2]
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let remainder = sum % 11
        let check = remainder == 0 ? 0 : 11 - remainder
        return check != 10 && check == digits[8]
    }
}
