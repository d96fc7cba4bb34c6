import Foundation
import Mestring

/// Decides where SQLite's FTS5 index alone gives exactly what ``Mestring/TextSearch`` gives, and where the
/// store must check with ``Mestring/TextSearch`` itself.
///
/// The index uses the `unicode61` tokenizer with `remove_diacritics 0` and the word characters
/// `L* N* Co M*`, which is ``Mestring/TextSearch``'s definition of a word. The two still differ at the edges:
/// Swift folds case with full Unicode rules (`İ` becomes `i̇`) while SQLite folds a few letters
/// further (`ſ` to `s`, `µ` to `μ`); Swift compares whole characters with canonical equivalence
/// while SQLite compares code points; and their Unicode tables are of different versions. None of
/// that touches *plain* text: ASCII, Latin-1 and Latin Extended-A letters (all Norwegian and North
/// Sami letters), and common punctuation. The test suite checks every plain character against the
/// SQLite library in use.
///
/// So an offer whose title and summary are plain is decided by the index; any other offer is
/// marked `text_needs_check` and checked by ``Mestring/TextSearch``, and a query with a term that is not
/// plain is answered by ``Mestring/TextSearch`` alone.
enum SearchableText {
    /// `true` for characters on which SQLite's tokenizer and ``Mestring/TextSearch`` agree.
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E: true
        case 0xB5: false  // µ: SQLite folds it to Greek μ
        case 0xA0...0xFF: true
        case 0x130, 0x149, 0x17F: false  // İ, ŉ, ſ: Swift and SQLite fold them differently
        case 0x100...0x17E: true
        case 0x2010...0x2027, 0x2030...0x205E, 0x20AC: true  // dashes, quotes, bullets, ellipsis, €
        default: false
        }
    }

    /// `true` when every character of `text` is plain. Works on the UTF-8 bytes, because a whole
    /// catalogue's descriptions pass through it on every save.
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                // Eight printable ASCII bytes at a time: no high bit, none below 0x20, no 0x7F.
                if index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    let high: UInt64 = 0x8080_8080_8080_8080
                    let belowSpace = (word &- 0x2020_2020_2020_2020) & ~word & high
                    let delete = ((word ^ 0x7F7F_7F7F_7F7F_7F7F) &- 0x0101_0101_0101_0101) & ~(word ^ 0x7F7F_7F7F_7F7F_7F7F) & high
                    if (word & high) | belowSpace | delete == 0 {
                        index += 8
                        continue
                    }
                }
                let lead = bytes[index]
                if lead < 0x80 {
                    guard lead >= 0x20 && lead < 0x7F || lead == 0x09 || lead == 0x0A || lead == 0x0D else { return false }
                    index += 1
                    continue
                }
                // Plain characters above ASCII take two (U+00A0–U+017E) or three (U+2010–U+20AC) bytes.
                let length = lead >= 0xE0 ? 3 : 2
                guard lead >= 0xC2, lead < 0xF0, index + length <= bytes.count else { return false }
                var value = UInt32(lead & (length == 2 ? 0x1F : 0x0F))
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                guard let scalar = Unicode.Scalar(value), isPlain(scalar) else { return false }
                index += length
            }
            return true
        }
    }

    /// `true` when an offer's title or summary holds text the index alone cannot decide.
    static func needsCheck(title: LocalizedText, summary: LocalizedText?) -> Bool {
        !(title.allTexts.allSatisfy(isPlain) && (summary?.allTexts ?? []).allSatisfy(isPlain))
    }

    /// The FTS5 query for plain terms: every term as a quoted prefix, all required. Quoting makes
    /// every character literal, so no input can become FTS5 syntax.
    static func matchExpression(_ terms: [String]) -> String {
        terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }.joined(separator: " AND ")
    }

    /// `true` when `title` and `summary` match every term, by the reference definition.
    static func matches(title: LocalizedText, summary: LocalizedText?, terms: [String]) -> Bool {
        score(title: title, summary: summary, terms: terms) != nil
    }

    /// ``Mestring/TextSearch``'s relevance score for a title and summary, or `nil` when some term is missing.
    static func score(title: LocalizedText, summary: LocalizedText?, terms: [String]) -> Int? {
        let probe = Offer(
            id: "", title: title, summary: summary, kind: .eLearning, format: .individual, provider: "", focus: .theme,
            method: .knowledgeTransfer)
        return TextSearch.score(of: probe, terms: terms)
    }

    /// Sets `text_needs_check` for every offer from its stored texts (used when the index is added).
    static func recomputeFlags(in database: Database) throws {
        let columns = ["position"] + ColumnList.localized("title") + ColumnList.localized("summary")
        let select = try database.makeStatement(ColumnList.select(from: "offers", columns))
        let update = try database.makeStatement("UPDATE offers SET text_needs_check = ?1 WHERE position = ?2")
        while try select.step() {
            var row = RowReader(select, table: "offers", columns: columns, file: database.path)
            let position = row.int64()
            let title = row.localizedText()
            let summary = row.optionalLocalizedText()
            update.reset()
            try update.bind(needsCheck(title: title, summary: summary), at: 1)
            try update.bind(position, at: 2)
            try update.execute()
        }
    }
}
