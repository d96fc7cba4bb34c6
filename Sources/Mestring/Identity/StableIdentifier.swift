/// Identifiers for records from sources that have none, such as a municipality's spreadsheet:
/// the same row gives the same identifier on every run and every platform, so re-importing the
/// same file updates records instead of duplicating them.
///
/// **Rules.** A source key (a column such as `kilde_id` or `tilbud_id`) is used as it is, because
/// it is the only thing that survives every edit. Without one, the identifier is built from what
/// the row says: the provider's organisation number, a slug of the title, and the start date when
/// given, e.g. `974589095-leve-med-diabetes-2026-03-03`. It is readable text, not a hash: no
/// `Hasher` (seeded per process) and no digest to explain, and a person can see where it came from.
///
/// **Trade-offs.** An edited title (or start date, or provider) gives a new identifier, so the
/// edited row arrives as a new offer and the old one as no longer in the source; give the source a
/// key column to avoid that. Two rows with the same provider, title and start date get the same
/// identifier, which validation reports (`integrity.unique-id`) instead of one silently winning.
///
/// ```swift
/// StableIdentifier.offer(organisationNumber: "974 589 095", title: "Leve med diabetes")
/// // "974589095-leve-med-diabetes"
/// ```
public enum StableIdentifier {
    /// The identifier of an offer: the source key when there is one, else organisation number,
    /// title and start date.
    public static func offer(
        sourceKey: String? = nil, organisationNumber: OrganisationNumber? = nil, title: String, startDate: LocalDate? = nil
    ) -> Offer.ID {
        if let key = sourceKey?.trimmingSpaces(), !key.isEmpty { return Offer.ID(String(key)) }
        let parts = [organisationNumber?.rawValue, slug(title), startDate?.iso8601].compactMap { $0 }.filter { !$0.isEmpty }
        return Offer.ID(parts.joined(separator: "-"))
    }

    /// The text in lower case with `æ`, `ø`, `å` as `ae`, `o`, `a`, other letters and digits kept,
    /// and every run of anything else as one `-`, at most 80 characters: `Leve med KOLS – vår 2026`
    /// becomes `leve-med-kols-var-2026`.
    public static func slug(_ text: some StringProtocol) -> String {
        var slug = ""
        var pendingDash = false
        for character in text.lowercased() {
            let replacement: String? =
                switch character {
                case "æ": "ae"
                case "ø": "o"
                case "å": "a"
                default: character.isLetter || character.isNumber ? String(character) : nil
                }
            guard let replacement else {
                pendingDash = !slug.isEmpty
                continue
            }
            if pendingDash { slug += "-" }
            pendingDash = false
            slug += replacement
        }
        return String(slug.prefix(80))
    }
}
