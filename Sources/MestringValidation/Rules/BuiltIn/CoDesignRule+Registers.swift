import Mestring

extension CoDesignRule {
    /// `integrity.organisation-number`: organisation numbers pass their MOD11 check.
    public static let organisationNumber = CoDesignRule(
        id: "integrity.organisation-number", severity: .error,
        title: BilingualText("Organisation numbers pass their MOD11 check", "Organisasjonsnumre består MOD11-kontrollen"),
        rationale: BilingualText(
            "Data integrity, not a requirement of the texts (they say nothing about data). Providers are matched across systems by their number in the Central Coordinating Register for Legal Entities (Enhetsregisteret): nine digits, the last a MOD11 check digit. A number that fails the check is mistyped and matches the wrong organisation or none. Co-design rule 8.",
            "Dataintegritet, ikke et krav i tekstene (de sier ingenting om data). Tilbydere kobles på tvers av systemer med nummeret i Enhetsregisteret: ni sifre, der det siste er et MOD11-kontrollsiffer. Et nummer som ikke består kontrollen, er feilskrevet og treffer feil organisasjon eller ingen. Samskapingsregel 8.")
    ) { context, findings in
        for position in context.providers.indices {
            let provider = context.providers[position]
            guard let number = provider.organisationNumber, !number.isValid else { continue }
            findings.report(
                provider.id, at: position, field: "organisationNumber",
                BilingualText(
                    "The organisation number \(StoreError.excerpt(String(describing: number), quoted: false)) is not nine digits with a valid MOD11 check digit.",
                    "Organisasjonsnummeret \(StoreError.excerpt(String(describing: number), quoted: false)) er ikke ni sifre med gyldig MOD11-kontrollsiffer."),
                fix: BilingualText(
                    "Copy the number from Enhetsregisteret (brreg.no), or leave it out.",
                    "Kopier nummeret fra Enhetsregisteret (brreg.no), eller utelat det."),
                subject: FindingSubject(value: number.rawValue))
        }
    }

    /// `integrity.municipality`: municipality numbers are in the current register.
    public static let municipality = CoDesignRule(
        id: "integrity.municipality", severity: .error,
        title: BilingualText("Municipality numbers are real", "Kommunenumrene finnes"),
        rationale: BilingualText(
            "Data integrity, not a requirement of the texts (they say nothing about data). Users find offers by where they live, and the coverage report counts offers per municipality, by the official four-digit numbers of Statistics Norway (register valid from \(MunicipalityRegistry.validFrom)). A number that is not in the register is mistyped or belongs to a municipality merged away, and its offers are never found. Co-design rule 8.",
            "Dataintegritet, ikke et krav i tekstene (de sier ingenting om data). Brukerne finner tilbud etter hvor de bor, og dekningsrapporten teller tilbud per kommune, med SSBs offisielle firesifrede kommunenumre (registeret gjelder fra \(MunicipalityRegistry.validFrom)). Et nummer som ikke er i registeret, er feilskrevet eller tilhører en kommune som er slått sammen, og tilbudene blir aldri funnet. Samskapingsregel 8.")
    ) { context, findings in
        for position in context.providers.indices {
            let provider = context.providers[position]
            for (index, number) in provider.municipalities.enumerated() where !number.isKnown {
                findings.report(provider.id, at: position, field: "municipalities[\(index)]", unknownMunicipality: number)
            }
        }
        context.forEachOffer { position, offer in
            for (index, number) in offer.municipalities.enumerated() where !number.isKnown {
                findings.report(offer.id, at: position, field: "municipalities[\(index)]", unknownMunicipality: number)
            }
        }
    }

    /// `integrity.language-tag`: an offer's languages are well-formed BCP 47 tags.
    public static let languageTag = CoDesignRule(
        id: "integrity.language-tag", severity: .error,
        title: BilingualText("Language tags are well-formed", "Språkkodene er riktig formet"),
        rationale: BilingualText(
            "Data integrity, not a requirement of the texts (they say nothing about data). Equal access includes ethnicity and so language (seed 003: «uavhengig av alder, kjønn, bosted, etnisitet, sykdom eller tilstand»): users search for offers in their language by its BCP 47 tag (nb, se, ar, nsl), and an offer with a malformed tag is never found. Co-design rule 8.",
            "Dataintegritet, ikke et krav i tekstene (de sier ingenting om data). Likeverdig tilgang gjelder også etnisitet og dermed språk (kilde 003: «uavhengig av alder, kjønn, bosted, etnisitet, sykdom eller tilstand»): brukerne søker etter tilbud på sitt språk med BCP 47-koden (nb, se, ar, nsl), og et tilbud med feilformet kode blir aldri funnet. Samskapingsregel 8.")
    ) { context, findings in
        // Catalogues repeat a handful of tags: each is judged, and its sentence made, once; `nil`
        // for a well-formed tag.
        var problems: [LanguageTag: BilingualText?] = [:]
        context.forEachOffer { position, offer in
            for (index, tag) in offer.languages.enumerated() {
                let problem: BilingualText?
                if let known = problems[tag] {
                    problem = known
                } else {
                    problem =
                        tag.isWellFormed
                        ? nil
                        : BilingualText(
                            "\(StoreError.excerpt(String(describing: tag))) is not a well-formed language tag.",
                            "«\(StoreError.excerpt(String(describing: tag), quoted: false))» er ikke en riktig formet språkkode.")
                    problems[tag] = problem
                }
                guard let problem else { continue }
                findings.report(
                    offer.id, at: position, field: "languages[\(index)]", problem,
                    fix: BilingualText(
                        "Use a BCP 47 tag such as nb, nn, se, en, ar or nsl.",
                        "Bruk en BCP 47-kode som nb, nn, se, en, ar eller nsl."),
                    subject: FindingSubject(value: tag.rawValue))
            }
        }
    }
}

extension FindingReporter {
    /// Reports a municipality number that is not in ``MunicipalityRegistry``.
    fileprivate mutating func report<Record: CatalogRecord>(
        _ record: Identifier<Record>, at position: Int, field: String, unknownMunicipality number: MunicipalityNumber
    ) {
        report(
            record, at: position, field: field,
            BilingualText(
                "\(StoreError.excerpt(String(describing: number), quoted: false)) is not the number of a municipality (register valid from \(MunicipalityRegistry.validFrom)).",
                "\(StoreError.excerpt(String(describing: number), quoted: false)) er ikke nummeret til en kommune (registeret gjelder fra \(MunicipalityRegistry.validFrom))."),
            fix: BilingualText(
                "Use the four-digit number from Statistics Norway's classification of municipalities.",
                "Bruk det firesifrede nummeret fra SSBs kommuneklassifisering."),
            subject: FindingSubject(value: number.rawValue))
    }
}
