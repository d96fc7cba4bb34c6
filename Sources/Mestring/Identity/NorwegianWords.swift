/// Reads values as people write them in Norwegian spreadsheets, case systems and feeds: vocabulary
/// words in singular or plural, any letter case, with or without hyphens (`Pasienter`,
/// `barn som pårørende`, `e-læring`, `samtalegruppe`), several in one cell (`pasient;pårørende`,
/// `pasient og pårørende`), `ja`/`nei`/`x`, and dates and times (`3.3.2026`, `kl. 12.00`).
///
/// Every adapter that reads municipal data needs this, and each one written by hand understands a
/// different set of words; one shared reader means a word understood by the CSV import is
/// understood by an integrator's feed adapter too. It never guesses: a word it does not know gives
/// `nil` (or lands in ``Values/unknown``), so the caller can report it or leave the value not stated.
///
/// ```swift
/// let parsed = NorwegianWords.values("Pasienter / barn som pårørende og familie", as: Audience.self)
/// // parsed.values == [.patients, .youngNextOfKin, .families], parsed.unknown == []
/// NorwegianWords.value("samtalegruppe", as: OfferKind.self)  // .peerGroup
/// NorwegianWords.date("3.3.2026")                             // 2026-03-03
/// ```
public enum NorwegianWords {
    /// The values of a cell with several words, and the words that were not understood, in order.
    public struct Values<Value: CatalogEnumeration>: Hashable, Sendable {
        /// The values understood, in the cell's order, each once.
        public var values: [Value]
        /// The words not understood, as written (trimmed), for the caller to report.
        public var unknown: [String]
    }

    /// One vocabulary value from its spelling, its Norwegian label, or a common Norwegian word for it,
    /// in singular or plural and any letter case; `nil` when the word is not known.
    public static func value<Value: CatalogEnumeration>(_ word: some StringProtocol, as type: Value.Type) -> Value? {
        let folded = fold(word)
        guard !folded.isEmpty else { return nil }
        for form in [folded] + singularForms(of: folded) {
            if let value = Value.allCases.first(where: { spellings(of: $0).contains(form) }) { return value }
        }
        return nil
    }

    /// The values of a cell that lists several, separated by `;`, `,`, `/`, `|` or ` og `. An item
    /// that is a known phrase with "og" in it (`barn og unge som pårørende`) is read whole first.
    public static func values<Value: CatalogEnumeration>(_ cell: some StringProtocol, as type: Value.Type) -> Values<Value> {
        var result = Values<Value>(values: [], unknown: [])
        func add(_ value: Value) { if !result.values.contains(value) { result.values.append(value) } }
        for item in items(of: cell) {
            if let value = value(item, as: type) {
                add(value)
                continue
            }
            for part in split(item, atWord: "og") {
                if let value = value(part, as: type) { add(value) } else { result.unknown.append(part) }
            }
        }
        return result
    }

    /// The items of a list cell, split at `;`, `,`, `/` and `|`, trimmed, empty items left out.
    public static func items(of cell: some StringProtocol) -> [String] {
        cell.split(whereSeparator: { ";,/|".contains($0) }).map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
    }

    /// A yes/no answer: `ja`, `nei`, `x` (a ticked box), `yes`, `no`, `true`, `false`, `1`, `0`.
    public static func flag(_ text: some StringProtocol) -> Bool? {
        switch fold(text) {
        case "ja", "j", "x", "yes", "true", "1", "sant": true
        case "nei", "n", "no", "false", "0", "usant": false
        default: nil
        }
    }

    /// A date as `YYYY-MM-DD`, `DD.MM.YYYY` or `D.M.YYYY` (Norwegian spreadsheets). Like
    /// ``LocalDate``, it keeps a date that does not exist (`30.02.2026`), so that validation can
    /// report it instead of the value being lost.
    public static func date(_ text: some StringProtocol) -> LocalDate? {
        let trimmed = String(text.trimmingSpaces())
        if let date = LocalDate(iso8601: trimmed) { return date }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// A time of day as `HH:MM`, `H:MM`, `HH.MM` or with `kl.` before it (`kl. 12.00`, `kl 9`).
    public static func time(_ text: some StringProtocol) -> TimeOfDay? {
        var trimmed = Substring(fold(text))
        for prefix in ["kl.", "kl"] where trimmed.hasPrefix(prefix) {
            trimmed = trimmed.dropFirst(prefix.count).trimmingSpaces()
            break
        }
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(parts[0]), let minute = parts.count == 2 ? Int(parts[1]) : 0,
            (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        return TimeOfDay(hour: hour, minute: minute)
    }

    /// Lower case, hyphens and underscores as spaces, runs of white space as one space, trimmed.
    static func fold(_ text: some StringProtocol) -> String {
        let spaced = text.lowercased().map { $0 == "-" || $0 == "_" ? " " : $0 }
        return String(spaced).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The word without a Norwegian plural or definite ending, longest ending first.
    private static func singularForms(of word: String) -> [String] {
        ["ene", "er", "r", "e"].compactMap { ending in
            word.hasSuffix(ending) && word.count > ending.count + 2 ? String(word.dropLast(ending.count)) : nil
        }
    }

    /// The spelling, the label, the other words, and a label with a parenthesis
    /// (`lærings- og mestringssenter (LMS)`) both without it and as the abbreviation in it.
    private static func spellings<Value: CatalogEnumeration>(of value: Value) -> [String] {
        var words = [value.rawValue, value.norwegianLabel] + value.norwegianWords
        let label = value.norwegianLabel
        if let open = label.firstIndex(of: "("), let close = label.lastIndex(of: ")"), open < close {
            words.append(String(label[..<open]))
            words.append(String(label[label.index(after: open)..<close]))
        }
        return words.map(fold)
    }

    private static func split(_ item: String, atWord word: String) -> [String] {
        item.split(separator: " \(word) ").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
    }
}
