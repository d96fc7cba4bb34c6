/// A typed identifier, so an offer's id can never be passed where a provider's id is expected.
///
/// Identifiers are opaque strings chosen by whoever publishes the catalogue (a municipality's
/// case system number, a slug, a UUID). They are compared exactly and sorted in Unicode scalar
/// order; two records of the same kind must not share one (rule `integrity.unique-id`).
///
/// ```swift
/// let id: Offer.ID = "oslo-kols-skole"
/// ```
public struct Identifier<Subject>: StringValue {
    /// The identifier exactly as the publisher wrote it.
    public let rawValue: String

    /// Wraps a publisher's identifier as it is: identifiers are compared exactly.
    public init(rawValue: String) { self.rawValue = rawValue }
}
