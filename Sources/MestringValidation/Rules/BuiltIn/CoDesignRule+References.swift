import Mestring

extension CoDesignRule {
    /// `integrity.unique-id`: no record kind has an empty or repeated identifier.
    public static let uniqueID = CoDesignRule(
        id: "integrity.unique-id", severity: .error,
        title: BilingualText("Identifiers are present and unique", "Identifikatorer finnes og er unike"),
        rationale: BilingualText(
            "Data integrity, not a requirement of the texts (they say nothing about data). Records refer to each other by identifier, and stores look records up by it. A repeated identifier makes every reference to it ambiguous (the first record wins), and an empty one cannot be referred to. Imports keep every record, so that this rule can report them. Co-design rule 8.",
            "Dataintegritet, ikke et krav i tekstene (de sier ingenting om data). Postene viser til hverandre med identifikator, og lagrene slår opp poster med den. En gjentatt identifikator gjør alle henvisninger til den tvetydige (den første posten vinner), og en tom identifikator kan ingen vise til. Import beholder alle poster, slik at denne regelen kan rapportere dem. Samskapingsregel 8.")
    ) { context, findings in
        reportIdentifierProblems(in: context.providers, of: context.catalog.providers, to: &findings)
        reportIdentifierProblems(in: context.offers, of: context.catalog.offers, to: &findings)
        reportIdentifierProblems(in: context.people, of: context.catalog.people, to: &findings)
        reportIdentifierProblems(in: context.pathways, of: context.catalog.pathways, to: &findings)
        reportIdentifierProblems(in: context.programmes, of: context.catalog.programmes, to: &findings)
        reportIdentifierProblems(in: context.evaluations, of: context.catalog.evaluations, to: &findings)
    }

    private static func reportIdentifierProblems<Record: CatalogRecord>(
        in records: [Record], of collection: RecordCollection<Record>, to findings: inout FindingReporter
    ) {
        let kind = Record.recordKind
        // The collection is passed itself, not `context.position(of:)`: a method reference copies
        // the whole context, and the generic check did so for every record.
        let unique = !collection.hasRepeatedIDs
        // Records are read in place: copying each of 100,000 offers cost more than the check.
        records.forEachLent { position, record in
            if isBlank(record.id.rawValue) {
                findings.report(
                    record.id, at: position, field: "id",
                    BilingualText("The \(kind) has no identifier.", "Posten mangler identifikator."),
                    fix: BilingualText(
                        "Give it an identifier that no other \(kind) uses.",
                        "Gi den en identifikator som ingen annen post av samme slag bruker."))
            } else if !unique, let first = collection.position(of: record.id), first != position {
                findings.report(
                    record.id, at: position, field: "id",
                    BilingualText(
                        "The identifier \(StoreError.excerpt(String(describing: record.id), quoted: false)) is already used by \(kind.collectionName)[\(first)].",
                        "Identifikatoren \(StoreError.excerpt(String(describing: record.id), quoted: false)) er allerede brukt av \(kind.collectionName)[\(first)]."),
                    fix: BilingualText(
                        "Give this \(kind) its own identifier, or merge the two records; references now lead to the first one.",
                        "Gi denne posten en egen identifikator, eller slå sammen de to postene; henvisninger går nå til den første."),
                    subject: FindingSubject(related: [RecordReference(record.id, position: first)]))
            }
        }
    }

    /// `true` for an identifier that is empty or only white space. An identifier that starts with a
    /// printable ASCII character is answered from its first byte, without looking up Unicode
    /// properties for 100,000 identifiers.
    private static func isBlank(_ id: String) -> Bool {
        if let first = id.utf8.first, first > 0x20, first < 0x7F { return false }
        return id.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// `integrity.reference`: every identifier that points to another record finds it.
    public static let reference = CoDesignRule(
        id: "integrity.reference", severity: .error,
        title: BilingualText("Every reference resolves", "Alle henvisninger peker på noe som finnes"),
        rationale: BilingualText(
            "Data integrity, not a requirement of the texts (they say nothing about data). An offer's provider, partners and programme, the people involved in it, a person's affiliation, a provider's parent organisation, a pathway step's offer and hand-over unit, a programme's owner and an evaluation's offer are identifiers of other records. One that points nowhere breaks the link a user follows and hides the facts other rules need. Co-design rule 8.",
            "Dataintegritet, ikke et krav i tekstene (de sier ingenting om data). Et tilbuds tilbyder, samarbeidspartnere og program, personene som er involvert, en persons tilknytning, en tilbyders overordnede organisasjon, et forløpsstegs tilbud og overføringsenhet, et programs eier og en evaluerings tilbud er identifikatorer for andre poster. En som ikke peker på noe, bryter lenken brukeren følger, og skjuler opplysninger andre regler trenger. Samskapingsregel 8.")
    ) { context, findings in
        for position in context.providers.indices {
            let provider = context.providers[position]
            if let parent = provider.parent, context.position(of: parent) == nil {
                findings.report(provider.id, at: position, field: "parent", missing: .provider, parent.rawValue)
            }
        }
        context.forEachOffer { position, offer in
            if let provider = offer.provider, context.providerPosition(ofOfferAt: position) == nil {
                findings.report(offer.id, at: position, field: "provider", missing: .provider, provider.rawValue)
            }
            for (index, partner) in offer.partners.enumerated() where context.position(of: partner) == nil {
                findings.report(offer.id, at: position, field: "partners[\(index)]", missing: .provider, partner.rawValue)
            }
            if let programme = offer.programme, context.position(of: programme) == nil {
                findings.report(offer.id, at: position, field: "programme", missing: .programme, programme.rawValue)
            }
            // The offer's involvement is read only for a person who is not in the catalogue.
            for (index, participant) in context.participants(ofOfferAt: position).enumerated() where participant == nil {
                findings.report(
                    offer.id, at: position, field: "involvement[\(index)].person", missing: .person,
                    offer.involvement[index].person.rawValue)
            }
        }
        for position in context.people.indices {
            let person = context.people[position]
            if let affiliation = person.affiliation, context.position(of: affiliation) == nil {
                findings.report(person.id, at: position, field: "affiliation", missing: .provider, affiliation.rawValue)
            }
        }
        for position in context.pathways.indices {
            let pathway = context.pathways[position]
            for (index, step) in pathway.steps.enumerated() {
                if let offer = step.offer, context.position(of: offer) == nil {
                    findings.report(pathway.id, at: position, field: "steps[\(index)].offer", missing: .offer, offer.rawValue)
                }
                if let unit = step.handOverUnit, context.position(of: unit) == nil {
                    findings.report(
                        pathway.id, at: position, field: "steps[\(index)].handOverUnit", missing: .provider, unit.rawValue)
                }
            }
        }
        for position in context.programmes.indices {
            let programme = context.programmes[position]
            if let owner = programme.owner, context.position(of: owner) == nil {
                findings.report(programme.id, at: position, field: "owner", missing: .provider, owner.rawValue)
            }
        }
        for position in context.evaluations.indices {
            let evaluation = context.evaluations[position]
            if context.position(of: evaluation.offer) == nil {
                findings.report(evaluation.id, at: position, field: "offer", missing: .offer, evaluation.offer.rawValue)
            }
        }
    }
}

extension FindingReporter {
    /// Reports that `field` names a record of kind `kind` with identifier `id` that is not in the catalogue.
    fileprivate mutating func report<Record: CatalogRecord>(
        _ record: Identifier<Record>, at position: Int, field: String, missing kind: RecordKind, _ id: String
    ) {
        report(
            record, at: position, field: field,
            BilingualText(
                "No \(kind) with the identifier \(StoreError.excerpt(String(describing: id), quoted: false)) is in the catalogue.",
                "Katalogen har ingen \(kind.norwegianLabel) med identifikatoren \(StoreError.excerpt(String(describing: id), quoted: false))."),
            fix: BilingualText(
                "Add the \(kind) to the catalogue, or correct the identifier.",
                "Legg posten til i katalogen, eller rett identifikatoren."),
            subject: FindingSubject(related: [RecordReference(kind: kind, id: id, position: nil)]))
    }
}
