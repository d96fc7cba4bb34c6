extension StoreError {
    /// The most characters of a value an error message quotes.
    public static let excerptLimit = 200

    /// A value as an error message quotes it: in quotes, at most ``excerptLimit`` characters (Unicode scalars), with
    /// control characters written as escapes.
    ///
    /// A value in a message helps a person find it ("unknown audience "pasient""), but input can
    /// be hostile or broken: a 10 MB cell repeated on standard error, in a log or in a validation
    /// report helps nobody, and a NUL byte or an escape sequence in it can garble a terminal.
    /// Every message of Mestring quotes values through here.
    /// - Parameters:
    ///   - value: The value to quote.
    ///   - quoted: `false` leaves out the quotes (for identifiers in running text).
    /// - Returns: `"pasient"`, or `"Lorem ipsum…" (10000000 characters)` for a long value.
    public static func excerpt(_ value: some StringProtocol, quoted: Bool = true) -> String {
        var text = ""
        var count = 0
        for scalar in value.unicodeScalars {
            count += 1
            guard count <= excerptLimit else { continue }
            if scalar.value < 0x20 || scalar.value == 0x7F {
                text += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        let shown = quoted ? "\"" + text + (count > excerptLimit ? "…\"" : "\"") : text + (count > excerptLimit ? "…" : "")
        return count > excerptLimit ? "\(shown) (\(count) characters)" : shown
    }
}
