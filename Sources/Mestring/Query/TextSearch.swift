/// How free text is split into words and matched: the shared definition behind
/// ``OfferQuery/text`` that every store reproduces (SQLite's FTS5 `unicode61` tokenizer with
/// `remove_diacritics 0` and prefix queries gives the same result).
///
/// - A **word** is a run of letters, digits and combining marks; everything else separates words.
/// - Words are folded to lower case; letters keep their accents, so `æ`, `ø` and `å` stay distinct
///   (`for` does not find `før`), and `kols` finds `KOLS`.
/// - A **term** of the query matches when it is the start of a word: `diabet` finds `diabetes`.
/// - Every term must match (AND).
public enum TextSearch {
    /// The lower-cased words of a text.
    public static func terms(of text: String) -> [String] {
        var terms: [String] = []
        var current = ""
        for character in text {
            if isWordCharacter(character) {
                current.append(contentsOf: character.lowercased())
            } else if !current.isEmpty {
                terms.append(current)
                current = ""
            }
        }
        if !current.isEmpty { terms.append(current) }
        return terms
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber, .privateUse,
                .nonspacingMark, .spacingMark, .enclosingMark:
                true
            default:
                false
            }
        }
    }

    /// The words of an offer that text search looks at: its title and summary in every language.
    static func searchableWords(of offer: Offer) -> (title: [String], summary: [String]) {
        (
            offer.title.allTexts.flatMap(terms(of:)),
            (offer.summary?.allTexts ?? []).flatMap(terms(of:))
        )
    }

    /// A relevance score for an offer, or `nil` when it does not match every term.
    /// Title hits weigh three times summary hits.
    public static func score(of offer: Offer, terms: [String]) -> Int? {
        guard !terms.isEmpty else { return 0 }
        let words = searchableWords(of: offer)
        var score = 0
        for term in terms {
            let titleHits = words.title.count { $0.hasPrefix(term) }
            let summaryHits = words.summary.count { $0.hasPrefix(term) }
            if titleHits + summaryHits == 0 { return nil }
            score += titleHits * 3 + summaryHits
        }
        return score
    }
}
