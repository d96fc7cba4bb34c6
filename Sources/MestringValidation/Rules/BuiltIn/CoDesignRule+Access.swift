import Mestring

extension CoDesignRule {
    /// `access.stated`: every offer states its languages, delivery mode and accessibility.
    public static let accessStated = CoDesignRule(
        id: "access.stated", severity: .warning,
        title: BilingualText(
            "Every offer states its languages, delivery mode and accessibility",
            "Hvert tilbud oppgir språk, gjennomføringsform og tilgjengelighet"),
        rationale: BilingualText(
            "Seed 003: «Det er et mål at brukere, pasienter og pårørende skal ha likeverdig tilgang på lærings- og mestringstilbud uavhengig av alder, kjønn, bosted, etnisitet, sykdom eller tilstand» (equal access regardless of age, gender, place of residence, ethnicity, illness or condition). The texts do not list the fields; access becomes measurable only when each offer says which languages it is held in, how participants take part, and what it does for people with disabilities or language needs. Co-design rule 9.",
            "Kilde 003: «Det er et mål at brukere, pasienter og pårørende skal ha likeverdig tilgang på lærings- og mestringstilbud uavhengig av alder, kjønn, bosted, etnisitet, sykdom eller tilstand». Tekstene lister ikke opp feltene; tilgangen blir målbar først når hvert tilbud sier hvilke språk det holdes på, hvordan deltakerne tar del, og hva det gjør for personer med funksjonsnedsettelse eller språkbehov. Samskapingsregel 9.")
    ) { context, findings in
        context.forEachOffer { position, offer in
            if offer.languages.isEmpty {
                findings.report(
                    offer.id, at: position, field: "languages",
                    BilingualText("The offer states no language.", "Tilbudet oppgir ikke språk."),
                    fix: BilingualText(
                        "List the languages the offer is held in, e.g. [\"nb\"].",
                        "List opp språkene tilbudet holdes på, f.eks. [\"nb\"]."))
            }
            if offer.deliveryMode == nil {
                findings.report(
                    offer.id, at: position, field: "deliveryMode",
                    BilingualText(
                        "The offer does not say how participants take part.",
                        "Tilbudet sier ikke hvordan deltakerne tar del."),
                    fix: BilingualText(
                        "Set deliveryMode to in-person, digital, hybrid or self-paced.",
                        "Sett deliveryMode til in-person, digital, hybrid eller self-paced."))
            }
            if !(offer.accessibility?.statesAnything ?? false) {
                findings.report(
                    offer.id, at: position, field: "accessibility",
                    BilingualText("The offer says nothing about accessibility.", "Tilbudet sier ingenting om tilgjengelighet."),
                    fix: BilingualText(
                        "State at least one of wheelchairAccessible, hearingLoop, interpreterAvailable and easyRead, or write notes.",
                        "Oppgi minst én av wheelchairAccessible, hearingLoop, interpreterAvailable og easyRead, eller skriv notes."))
            }
        }
    }

    /// `access.sign-up`: every offer says how to sign up, with a way to reach the provider.
    public static let signUp = CoDesignRule(
        id: "access.sign-up", severity: .warning,
        title: BilingualText("Every offer says how to sign up", "Hvert tilbud sier hvordan man melder seg på"),
        rationale: BilingualText(
            "Seed 000: «Lurer du på hva som finnes av lærings- og mestringstilbud der du bor, kan du kontakte lærings- og mestringssenteret ved ditt nærmeste sykehus eller helsetjenesten i din kommune» (users find offers by contacting the centre or the municipality), and seed 003 asks for «likeverdig tilgang». An offer nobody can sign up for exists only on paper: it needs a way in that users and referring services can find (a web page, a phone number, an e-mail address or instructions). Co-design rule 9.",
            "Kilde 000: «Lurer du på hva som finnes av lærings- og mestringstilbud der du bor, kan du kontakte lærings- og mestringssenteret ved ditt nærmeste sykehus eller helsetjenesten i din kommune», og kilde 003 ber om «likeverdig tilgang». Et tilbud ingen kan melde seg på, finnes bare på papiret: det trenger en vei inn som brukere og henvisende tjenester finner (en nettside, et telefonnummer, en e-postadresse eller en beskrivelse). Samskapingsregel 9.")
    ) { context, findings in
        let fix = BilingualText(
            "Add signUp with a method and a web page, phone number, e-mail address or instructions.",
            "Legg inn signUp med metode og en nettside, et telefonnummer, en e-postadresse eller en beskrivelse.")
        context.forEachOffer { position, offer in
            guard let signUp = offer.signUp else {
                findings.report(
                    offer.id, at: position, field: "signUp",
                    BilingualText("The offer does not say how to sign up.", "Tilbudet sier ikke hvordan man melder seg på."),
                    fix: fix)
                return
            }
            guard !signUp.hasChannel else { return }
            findings.report(
                offer.id, at: position, field: "signUp",
                BilingualText(
                    "The sign-up gives no web page, phone number, e-mail address or instructions.",
                    "Påmeldingen oppgir verken nettside, telefonnummer, e-postadresse eller beskrivelse."),
                fix: fix)
        }
    }
}

extension Accessibility {
    /// `true` when at least one accessibility fact or a note is given.
    fileprivate var statesAnything: Bool {
        wheelchairAccessible != nil || hearingLoop != nil || interpreterAvailable != nil || easyRead != nil
            || !(notes?.isEmpty ?? true)
    }
}
