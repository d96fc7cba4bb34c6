import Mestring

extension CoDesignRule {
    /// `completeness.stated`: every field a source may leave *not stated* is stated in the end.
    public static let completenessStated = CoDesignRule(
        id: "completeness.stated", severity: .warning,
        title: BilingualText(
            "Every offer states its kind, format, provider, focus and method; every provider its kind",
            "Hvert tilbud oppgir tilbudstype, form, tilbyder, innretning og arbeidsmåte; hver tilbyder sin type"),
        rationale: BilingualText(
            "Real sources (a municipality's spreadsheet, a case system's export) rarely say everything, so Mestring requires only an offer's identifier and title and lets the rest be not stated instead of guessed: a guessed kind looks like a fact, and the co-design, placement and pathway rules would judge the guess. Those rules skip what is not stated, so each unstated value is reported here with how to fill it in. Good practice, not a requirement of the seeds.",
            "Virkelige kilder (kommunens regneark, eksport fra et fagsystem) sier sjelden alt, så Mestring krever bare tilbudets identifikator og tittel og lar resten være ikke oppgitt i stedet for gjettet: en gjettet tilbudstype ser ut som et faktum, og samskapings-, plasserings- og forløpsreglene ville vurdert gjetningen. De reglene hopper over det som ikke er oppgitt, derfor meldes hver verdi som mangler her, med hvordan den fylles inn. God praksis, ikke et krav i kildene.")
    ) { context, findings in
        findings.reportNotStated(context.providers, UnstatedField<Provider>.all)
        findings.reportNotStated(context.offers, UnstatedField<Offer>.all)
    }
}

/// A field of `Record` that may be *not stated*, with what the completeness finding says about it.
private struct UnstatedField<Record: CatalogRecord>: Sendable {
    let name: String
    let english: String
    let bokmal: String
    let fix: BilingualText
    let isUnstated: @Sendable (Lent<Record>) -> Bool

    /// A vocabulary field: the fix lists the allowed spellings and their Norwegian labels.
    static func vocabulary<Value: CatalogEnumeration>(
        _ name: String, _ english: String, _ bokmal: String, _ value: @escaping @Sendable (Lent<Record>) -> Value?
    ) -> Self {
        let spellings = Value.allCases.map(\.rawValue).joined(separator: ", ")
        let labels = Value.allCases.map { "\($0.rawValue) (\($0.norwegianLabel))" }.joined(separator: ", ")
        return Self(
            name: name, english: english, bokmal: bokmal,
            fix: BilingualText("Set \(name) to one of \(spellings).", "Sett \(name) til en av \(labels)."),
            isUnstated: { value($0) == nil })
    }
}

extension UnstatedField<Offer> {
    static let all: [Self] = [
        vocabulary("kind", "its kind", "tilbudstype", { $0.kind }),
        vocabulary("format", "whether it is individual or group-based", "om det er individuelt eller i gruppe", { $0.format }),
        Self(
            name: "provider", english: "which provider runs it", bokmal: "hvilken tilbyder som har ansvaret",
            fix: BilingualText(
                "Set provider to the identifier of a provider in the catalogue (or give its organisation number when importing).",
                "Sett provider til identifikatoren til en tilbyder i katalogen (eller oppgi organisasjonsnummeret ved import)."),
            isUnstated: { $0.provider == nil }),
        vocabulary("focus", "what it is about", "hva det handler om (innretning)", { $0.focus }),
        vocabulary("method", "where its knowledge comes from", "hvor kunnskapen kommer fra (arbeidsmåte)", { $0.method }),
    ]
}

extension UnstatedField<Provider> {
    static let all: [Self] = [vocabulary("kind", "what kind of organisation it is", "hva slags virksomhet det er", { $0.kind })]
}

extension FindingReporter {
    fileprivate mutating func reportNotStated<Record: CatalogRecord>(_ records: [Record], _ fields: [UnstatedField<Record>]) {
        let subject = Record.recordKind == .offer ? ("offer", "Tilbudet") : ("provider", "Tilbyderen")
        // Records are read in place: copying each of 100,000 offers cost more than the check.
        records.forEachLent { position, record in
            // By index: `for field in fields` copies each field (five references) for every record.
            for index in fields.indices where fields[index].isUnstated(record) {
                let field = fields[index]
                report(
                    record.id, at: position, field: field.name,
                    BilingualText(
                        "The \(subject.0) does not state \(field.english) (\(field.name)).",
                        "\(subject.1) oppgir ikke \(field.bokmal) (\(field.name))."),
                    fix: field.fix)
            }
        }
    }
}
