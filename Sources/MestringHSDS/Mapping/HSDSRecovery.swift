import Mestring

/// How Mestring values come back from the HSDS fields they are written to.
///
/// The exporter writes a value into HSDS fields, asks these functions what an importer would read
/// back, and carries the value in an attribute only when the answer differs. The importer uses the
/// same functions on foreign feeds, so export and import cannot drift apart.
enum HSDSRecovery {
    /// A Bokmål text from an HSDS text field (HSDS texts have no language); empty is no text.
    static func text(_ value: String?) -> LocalizedText? {
        guard let value, !value.isEmpty else { return nil }
        return LocalizedText(bokmal: value)
    }

    /// What a required HSDS name says when the Mestring record has none (the tabular package
    /// treats an empty cell as missing).
    static let untitled = "Uten tittel"
    /// What a required HSDS description says when the Mestring record has none.
    static let undescribed = "Ingen beskrivelse"

    /// A name from a required HSDS name field: the placeholder ``untitled`` is no name.
    static func name(_ value: String?) -> LocalizedText {
        value == untitled ? LocalizedText() : text(value) ?? LocalizedText()
    }

    /// A text from a required HSDS description: the placeholder ``undescribed`` is no text.
    static func description(_ value: String?) -> LocalizedText? {
        value == undescribed ? nil : text(value)
    }

    /// The eligibility HSDS's age fields and description give.
    static func eligibility(minimumAge: Int?, maximumAge: Int?, description: String?) -> Eligibility? {
        let notes = text(description)
        guard minimumAge != nil || maximumAge != nil || notes != nil else { return nil }
        return Eligibility(minimumAge: minimumAge, maximumAge: maximumAge, notes: notes)
    }

    /// The price a cost option gives.
    static func price(amount: Double?, description: String?) -> Price? {
        guard let amount, amount.isFinite, amount == amount.rounded(), abs(amount) < 1e15 else { return nil }
        return Price(amount: Int(amount), notes: text(description))
    }

    /// The sign-up a sign-up contact and the application process give.
    static func signUp(contactTitle: String?, phone: String?, email: String?, applicationProcess: String?) -> SignUp? {
        let method = contactTitle.flatMap(signUpMethod)
        let instructions = text(applicationProcess)
        guard method != nil || phone != nil || email != nil || instructions != nil else { return nil }
        return SignUp(method: method ?? .either, phone: phone, email: email, instructions: instructions)
    }

    /// The sign-up method a contact's title names. The exact Norwegian label, which Mestring
    /// writes, is looked up directly; anything else is read as people type it (any letter case,
    /// a spelling), which folds case and costs more than the rest of reading a service did.
    static func signUpMethod(_ title: String) -> SignUpMethod? {
        signUpMethodsByLabel[title] ?? SignUpMethod(spellingOrLabel: title)
    }

    private static let signUpMethodsByLabel = Dictionary(
        SignUpMethod.allCases.map { ($0.norwegianLabel, $0) }, uniquingKeysWith: { first, _ in first })

    /// A coordinating unit from an organisation's contact.
    static func coordinatingUnit(name: String?, phone: String?, email: String?) -> CoordinatingUnit? {
        name.map { CoordinatingUnit(name: $0, phone: phone, email: email) }
    }

    /// One session from an HSDS schedule of one day.
    static func session(date: String?, opensAt: String?, closesAt: String?, description: String?) -> Session? {
        guard let date = date.flatMap({ LocalDate(iso8601: $0) }) else { return nil }
        let start = opensAt.flatMap(time)
        var duration: Int?
        if let start, let end = closesAt.flatMap(time) {
            duration = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        }
        return Session(date: date, start: start, durationMinutes: duration, topic: text(description))
    }

    /// `HH:MM:SS` or `HH:MM` as a time of day.
    static func time(_ text: String) -> TimeOfDay? {
        let parts = text.split(separator: ":")
        guard parts.count == 2 || (parts.count == 3 && parts[2] == "00") else { return nil }
        return TimeOfDay(text: parts[0] + ":" + parts[1])
    }

    /// `HH:MM:SS`, as HSDS writes times.
    static func spelling(of time: TimeOfDay) -> String { time.description + ":00" }
}
