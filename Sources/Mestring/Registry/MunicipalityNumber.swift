/// A Norwegian municipality number (*kommunenummer*), four digits, e.g. `0301` for Oslo.
///
/// Offers are found by where the user lives, and the coverage report lists municipalities that lack
/// an offer, so the catalogue speaks of municipalities by their official numbers. A number that
/// is not in ``MunicipalityRegistry`` (a typo, or a municipality merged away) is still held; rule
/// `integrity.municipality` reports it.
public struct MunicipalityNumber: StringValue {
    /// The four digits, as written.
    public let rawValue: String

    /// Keeps the number as written (without surrounding white space), even when it is not valid, so that an import loses nothing;
    /// validation reports it.
    public init(rawValue: String) { self.rawValue = String(rawValue.trimmingSpaces()) }

    /// `true` when this is the number of a municipality in the current ``MunicipalityRegistry``.
    public var isKnown: Bool { MunicipalityRegistry.name(of: self) != nil }

    /// The municipality's official name, if the number is known.
    public var name: String? { MunicipalityRegistry.name(of: self) }

    /// The county (*fylke*) number: the first two digits.
    public var countyNumber: String { String(rawValue.prefix(2)) }
}
