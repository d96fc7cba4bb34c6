import Mestring

/// The value formats HSDS schemas check, so that a value Mestring holds goes into an HSDS field
/// only when it is valid there (a document that fails the schema helps nobody); otherwise it is
/// carried in an attribute.
enum HSDSValueChecks {
    /// An absolute URI without spaces: `scheme:rest`.
    static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") })
        else { return false }
        let rest = text[text.index(after: colon)...]
        return !rest.isEmpty && rest.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && $0 != "\"" && $0 != "<" && $0 != ">" }
    }

    /// An e-mail address: something, `@`, a domain, no spaces.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: \.isWhitespace)
    }

    /// A real calendar date, as the tabular package's `date` type requires.
    static func date(_ date: LocalDate?) -> String? {
        guard let date, date.isValid else { return nil }
        return date.iso8601
    }
}
