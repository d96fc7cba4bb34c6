import Mestring

extension CoDesignRule {
    /// `pathway.step-resolves`: every step names an offer or an offer kind, and what it names agrees.
    public static let stepResolves = CoDesignRule(
        id: "pathway.step-resolves", severity: .error,
        title: BilingualText(
            "Every pathway step names an offer or an offer kind that fits it",
            "Hvert steg i et forløp viser til et tilbud eller en tilbudstype som passer"),
        rationale: BilingualText(
            "Seeds 000, 001 and 003: «Lærings- og mestringstilbud skal inngå i helhetlige forløp» (offers shall be part of coherent pathways). A pathway may be drawn before every offer exists (seed 004's example: «gruppebaserte diagnosespesifikke lærings- og mestringstilbud i spesialisthelsetjenesten» followed by «de kommunale leve-med-tilbudene»), so a step names a specific offer or the kind of offer (and level) it needs; when it names both, they agree. An offer that is not in the catalogue is reported by integrity.reference. Co-design rule 7.",
            "Kilde 000, 001 og 003: «Lærings- og mestringstilbud skal inngå i helhetlige forløp». Et forløp kan tegnes før alle tilbudene finnes (eksempelet i kilde 004: «gruppebaserte diagnosespesifikke lærings- og mestringstilbud i spesialisthelsetjenesten» fulgt av «de kommunale leve-med-tilbudene»), så et steg viser til et bestemt tilbud eller til tilbudstypen (og nivået) det trenger; viser det til begge, stemmer de overens. Et tilbud som ikke finnes i katalogen, rapporteres av integrity.reference. Samskapingsregel 7.")
    ) { context, findings in
        for position in context.pathways.indices {
            let pathway = context.pathways[position]
            for (index, step) in pathway.steps.enumerated() {
                guard let id = step.offer else {
                    if step.offerKind == nil {
                        findings.report(
                            pathway.id, at: position, field: "steps[\(index)]",
                            BilingualText(
                                "Step \(index + 1) names neither an offer nor an offer kind.",
                                "Steg \(index + 1) viser verken til et tilbud eller en tilbudstype."),
                            fix: BilingualText(
                                "Set offer to the identifier of an offer in the catalogue, or offerKind (and level) to the kind of offer the step needs.",
                                "Sett offer til identifikatoren til et tilbud i katalogen, eller offerKind (og level) til tilbudstypen steget trenger."),
                            subject: FindingSubject(step: index))
                    }
                    continue
                }
                guard let offerPosition = context.position(of: id) else { continue }
                let offer = context.offers[offerPosition]
                let related = [RecordReference(id, position: offerPosition)]
                if let kind = step.offerKind, let offerKind = offer.kind, kind != offerKind {
                    findings.report(
                        pathway.id, at: position, field: "steps[\(index)].offerKind",
                        BilingualText(
                            "Step \(index + 1) says \(kind), but its offer \(StoreError.excerpt(String(describing: id), quoted: false)) is \(offerKind).",
                            "Steg \(index + 1) oppgir «\(kind.norwegianLabel)», men tilbudet \(StoreError.excerpt(String(describing: id), quoted: false)) er «\(offerKind.norwegianLabel)»."),
                        fix: BilingualText(
                            "Correct offerKind, or leave it out: the offer decides.",
                            "Rett offerKind, eller utelat den: tilbudet bestemmer."),
                        subject: FindingSubject(step: index, related: related))
                }
                if let level = step.level, let offerLevel = context.level(ofOfferAt: offerPosition), level != offerLevel {
                    findings.report(
                        pathway.id, at: position, field: "steps[\(index)].level",
                        BilingualText(
                            "Step \(index + 1) says \(level), but its offer \(StoreError.excerpt(String(describing: id), quoted: false)) is provided at the \(offerLevel) level.",
                            "Steg \(index + 1) oppgir «\(level.norwegianLabel)», men tilbudet \(StoreError.excerpt(String(describing: id), quoted: false)) gis av \(offerLevel.norwegianLabel)."),
                        fix: BilingualText(
                            "Correct level, or leave it out: the offer's provider decides.",
                            "Rett level, eller utelat den: tilbyderen av tilbudet bestemmer."),
                        subject: FindingSubject(step: index, related: related))
                }
            }
        }
    }

    /// `pathway.crosses-levels`: a pathway continues beyond the level it starts at.
    public static let crossesLevels = CoDesignRule(
        id: "pathway.crosses-levels", severity: .warning,
        title: BilingualText(
            "A pathway continues beyond the level it starts at",
            "Et forløp fortsetter utover nivået det starter på"),
        rationale: BilingualText(
            "Seed 004: «Det er nødvendig med samarbeid mellom nivåene i helse- og omsorgstjenesten og frivillige lag og organisasjoner for å få til helhetlige lærings- og mestringsforløp» (coherent pathways need cooperation between the levels of the health service and with voluntary organisations), and «De kommunale leve-med-tilbudene er ment å fungere som et tillegg til […] gruppebaserte diagnosespesifikke lærings- og mestringstilbud i spesialisthelsetjenesten». A pathway that starts at the hospital continues in the municipality or a voluntary organisation; one that starts in the municipality (or elsewhere) continues at another level, such as a user organisation's peer group or the hospital. A pathway whose steps all stay at one level is a list of offers, not a pathway across levels. Co-design rule 7.",
            "Kilde 004: «Det er nødvendig med samarbeid mellom nivåene i helse- og omsorgstjenesten og frivillige lag og organisasjoner for å få til helhetlige lærings- og mestringsforløp», og «De kommunale leve-med-tilbudene er ment å fungere som et tillegg til […] gruppebaserte diagnosespesifikke lærings- og mestringstilbud i spesialisthelsetjenesten». Et forløp som starter på sykehuset, fortsetter i kommunen eller i en frivillig organisasjon; et som starter i kommunen (eller andre steder), fortsetter på et annet nivå, for eksempel i en likepersongruppe i en brukerorganisasjon eller på sykehuset. Et forløp der alle stegene blir på ett nivå, er en liste over tilbud, ikke et forløp på tvers av nivåer. Samskapingsregel 7.")
    ) { context, findings in
        for position in context.pathways.indices {
            let pathway = context.pathways[position]
            guard let first = pathway.steps.first, let start = context.level(of: first) else { continue }
            let later = pathway.steps.dropFirst().map { context.level(of: $0) }
            guard !later.contains(nil) else { continue }  // an unknown level may be the next one
            let crosses: Bool
            if case .specialist = start {
                crosses = later.contains(.municipal) || later.contains(.voluntary)
            } else {
                crosses = later.contains { $0 != start }
            }
            guard !crosses else { continue }
            let next: BilingualText =
                if case .specialist = start {
                    BilingualText("a municipal or voluntary offer", "et kommunalt eller frivillig tilbud")
                } else {
                    BilingualText("an offer at another level", "et tilbud på et annet nivå")
                }
            findings.report(
                pathway.id, at: position, field: "steps",
                BilingualText(
                    "The pathway starts at the \(start) level and never continues in \(next.english).",
                    "Forløpet starter i \(start.norwegianLabel) og fortsetter aldri i \(next.bokmal)."),
                fix: BilingualText(
                    "Add a step with \(next.english) (or an offerKind with its level), and describe the hand-over.",
                    "Legg til et steg med \(next.bokmal) (eller en offerKind med nivå), og beskriv overgangen i handOver."),
                subject: FindingSubject(step: 0))
        }
    }

    /// `pathway.hand-over`: every step after which the pathway changes level says how the user is
    /// handed over.
    public static let handOver = CoDesignRule(
        id: "pathway.hand-over", severity: .warning,
        title: BilingualText(
            "Every step where a pathway changes level says how the user is handed over",
            "Hvert steg der et forløp skifter nivå, sier hvordan brukeren overføres"),
        rationale: BilingualText(
            "Seed 004: «Det er nødvendig med samarbeid mellom nivåene i helse- og omsorgstjenesten og frivillige lag og organisasjoner for å få til helhetlige lærings- og mestringsforløp», and the guideline «anbefaler at lærings- og mestringsvirksomheten knyttes til sykehusets koordinerende enhet for habilitering og rehabilitering. Denne bør være kontaktpunkt for samhandlingen med kommunene» (the hospital's coordinating unit is the contact point with the municipalities). Where a pathway moves from one level to another (hospital, municipality, voluntary organisation), the step before the change says who refers or who calls whom (handOver); where the change is into or out of the hospital, it also names the provider whose coordinating unit hands the user over (handOverUnit), and that provider records the unit. Without it the pathway breaks exactly where the texts ask for cooperation. This holds wherever the pathway starts. Co-design rule 7.",
            "Kilde 004: «Det er nødvendig med samarbeid mellom nivåene i helse- og omsorgstjenesten og frivillige lag og organisasjoner for å få til helhetlige lærings- og mestringsforløp», og veilederen «anbefaler at lærings- og mestringsvirksomheten knyttes til sykehusets koordinerende enhet for habilitering og rehabilitering. Denne bør være kontaktpunkt for samhandlingen med kommunene». Der et forløp går fra ett nivå til et annet (sykehus, kommune, frivillig organisasjon), sier steget før skiftet hvem som henviser eller hvem som ringer hvem (handOver); går skiftet inn på eller ut av sykehuset, oppgir steget også tilbyderen der den koordinerende enheten overfører brukeren (handOverUnit), og den tilbyderen har enheten registrert. Uten det brytes forløpet akkurat der tekstene ber om samarbeid. Det gjelder uansett hvor forløpet starter. Samskapingsregel 7.")
    ) { context, findings in
        for position in context.pathways.indices {
            let pathway = context.pathways[position]
            for index in pathway.steps.indices.dropLast() {
                let step = pathway.steps[index]
                guard let from = context.level(of: step), let to = context.level(of: pathway.steps[index + 1]), from != to
                else { continue }
                if from == .specialist || to == .specialist {
                    reportHandOverUnit(of: pathway, at: position, step: index, in: context, to: &findings)
                }
                guard step.handOver?.isBlank ?? true else { continue }
                findings.report(
                    pathway.id, at: position, field: "steps[\(index)].handOver",
                    BilingualText(
                        "Step \(index + 1) moves the user from the \(from) level to the \(to) level without saying how.",
                        "Steg \(index + 1) fører brukeren fra \(from.norwegianLabel) til \(to.norwegianLabel) uten å si hvordan."),
                    fix: BilingualText(
                        "Describe in handOver who refers or contacts whom, and through which coordinating unit.",
                        "Beskriv i handOver hvem som henviser eller kontakter hvem, og gjennom hvilken koordinerende enhet."),
                    subject: FindingSubject(step: index))
            }
        }
    }

    /// Reports a step into or out of the hospital that names no coordinating unit to hand over
    /// through, or names a provider without one.
    private static func reportHandOverUnit(
        of pathway: Pathway, at position: Int, step index: Int, in context: ValidationContext,
        to findings: inout FindingReporter
    ) {
        let fix = BilingualText(
            "Set handOverUnit to the hospital provider (or its learning-and-coping centre) whose coordinating unit hands the user over, and record that unit in its coordinatingUnit.",
            "Sett handOverUnit til sykehuset (eller lærings- og mestringssenteret) der den koordinerende enheten overfører brukeren, og registrer enheten i coordinatingUnit.")
        guard let unit = pathway.steps[index].handOverUnit else {
            findings.report(
                pathway.id, at: position, field: "steps[\(index)].handOverUnit",
                BilingualText(
                    "Step \(index + 1) hands the user over between the hospital and another level without naming the coordinating unit.",
                    "Steg \(index + 1) overfører brukeren mellom sykehuset og et annet nivå uten å oppgi den koordinerende enheten."),
                fix: fix, subject: FindingSubject(step: index))
            return
        }
        guard let provider = context.position(of: unit), !context.hasCoordinatingUnit(providerAt: provider) else { return }
        findings.report(
            pathway.id, at: position, field: "steps[\(index)].handOverUnit",
            BilingualText(
                "Step \(index + 1) hands over through \(unit), which records no coordinating unit.",
                "Steg \(index + 1) overfører gjennom \(unit), som ikke har registrert noen koordinerende enhet."),
            fix: fix, subject: FindingSubject(step: index, related: [RecordReference(unit, position: provider)]))
    }

    /// `pathway.coordinating-unit`: a hospital learning-and-coping centre has a coordinating unit
    /// to hand over to.
    public static let coordinatingUnit = CoDesignRule(
        id: "pathway.coordinating-unit", severity: .warning,
        title: BilingualText(
            "A hospital learning-and-coping centre has a coordinating unit to hand over to",
            "Et lærings- og mestringssenter på sykehuset har en koordinerende enhet å overføre til"),
        rationale: BilingualText(
            "Seed 004: «Veileder om rehabilitering, habilitering, individuell plan og koordinator anbefaler at lærings- og mestringsvirksomheten knyttes til sykehusets koordinerende enhet for habilitering og rehabilitering. Denne bør være kontaktpunkt for samhandlingen med kommunene.» A hospital's learning-and-coping centre (LMS) names the coordinating unit it is linked to, on its own record or on the hospital it belongs to (its parent), so that pathways have a contact point to hand users over to the municipality. A recommendation of the guideline, hence a warning. Co-design rule 7.",
            "Kilde 004: «Veileder om rehabilitering, habilitering, individuell plan og koordinator anbefaler at lærings- og mestringsvirksomheten knyttes til sykehusets koordinerende enhet for habilitering og rehabilitering. Denne bør være kontaktpunkt for samhandlingen med kommunene.» Et lærings- og mestringssenter (LMS) på sykehuset oppgir den koordinerende enheten det er knyttet til, på egen post eller på sykehuset det hører til (parent), slik at forløpene har et kontaktpunkt for å overføre brukere til kommunen. En anbefaling i veilederen, derfor en advarsel. Samskapingsregel 7.")
    ) { context, findings in
        for position in context.providers.indices {
            let provider = context.providers[position]
            guard case .hospitalLearningCentre = provider.kind, !context.hasCoordinatingUnit(providerAt: position) else { continue }
            findings.report(
                provider.id, at: position, field: "coordinatingUnit",
                BilingualText(
                    "The learning-and-coping centre names no coordinating unit to hand users over to.",
                    "Lærings- og mestringssenteret oppgir ingen koordinerende enhet å overføre brukere til."),
                fix: BilingualText(
                    "Add the hospital's coordinating unit for habilitation and rehabilitation (name and public phone or e-mail) in coordinatingUnit, here or on the hospital (parent).",
                    "Legg inn sykehusets koordinerende enhet for habilitering og rehabilitering (navn og offentlig telefon eller e-post) i coordinatingUnit, her eller på sykehuset (parent)."))
        }
    }

    /// `pathway.stage-order`: a step back to an earlier stage is worth a look (good practice).
    public static let stageOrder = CoDesignRule(
        id: "pathway.stage-order", severity: .advice,
        title: BilingualText(
            "A step back to an earlier stage is meant, e.g. after a relapse (good practice)",
            "Et steg tilbake til et tidligere stadium er ment, for eksempel etter tilbakefall (god praksis)"),
        rationale: BilingualText(
            "Good practice, not a requirement of the texts. The stages are a span, not an order: «Læring og mestring er aktuelt i alle deler av helsetjenesten; fra forebygging til rehabilitering» (seed 001), and offers help «å forebygge tilbakefall» (seed 003): after a relapse a pathway can lead back to treatment. A step at an earlier stage than the one before is therefore advice only: check that it is meant and not swapped stages, which is a common typo. Co-design rule 7.",
            "God praksis, ikke et krav i tekstene. Stadiene er et spenn, ikke en rekkefølge: «Læring og mestring er aktuelt i alle deler av helsetjenesten; fra forebygging til rehabilitering» (kilde 001), og tilbudene bidrar «til å forebygge tilbakefall» (kilde 003): etter et tilbakefall kan et forløp føre tilbake til behandling. Et steg på et tidligere stadium enn steget før er derfor bare et råd: sjekk at det er ment og ikke byttede stadier, som er en vanlig skrivefeil. Samskapingsregel 7.")
    ) { context, findings in
        for position in context.pathways.indices {
            let pathway = context.pathways[position]
            for (index, pair) in zip(pathway.steps, pathway.steps.dropFirst()).enumerated()
            where pair.1.stage < pair.0.stage {
                findings.report(
                    pathway.id, at: position, field: "steps[\(index + 1)].stage",
                    BilingualText(
                        "Step \(index + 2) goes back to \(pair.1.stage) after a step at \(pair.0.stage).",
                        "Steg \(index + 2) går tilbake til stadiet «\(pair.1.stage.norwegianLabel)» etter et steg på «\(pair.0.stage.norwegianLabel)»."),
                    fix: BilingualText(
                        "Nothing to do if the pathway returns after a relapse; otherwise correct the stage or the order of the steps.",
                        "Ingenting å gjøre hvis forløpet går tilbake etter et tilbakefall; ellers rett stadiet eller rekkefølgen på stegene."),
                    subject: FindingSubject(step: index + 1))
            }
        }
    }
}

extension LocalizedText {
    /// `true` when no translation has any text but spaces.
    fileprivate var isBlank: Bool { allTexts.allSatisfy { $0.trimmingSpaces().isEmpty } }
}

extension ValidationContext {
    /// `true` when the provider at `position`, or the organisation it belongs to, records a
    /// coordinating unit.
    fileprivate func hasCoordinatingUnit(providerAt position: Int) -> Bool {
        let provider = providers[position]
        if provider.coordinatingUnit != nil { return true }
        guard let parent = provider.parent.flatMap(position(of:)) else { return false }
        return providers[parent].coordinatingUnit != nil
    }
}
