import Mestring

extension CoDesignRule {
    /// `pathway.step-resolves`: every step names an offer or an offer kind, and what it names agrees.
    public static let stepResolves = CoDesignRule(
        id: "pathway.step-resolves", severity: .error,
        title: BilingualText(
            "Every pathway step names an offer or an offer kind that fits it",
            "Hvert steg i et forløp viser til et tilbud eller en tilbudstype som passer"),
        rationale: BilingualText(
            "Offers shall be part of coherent pathways (seeds 000, 001, 003). A pathway may be drawn before every offer exists, so a step names a specific offer or the kind of offer (and level) it needs; when it names both, they agree. An offer that is not in the catalogue is reported by integrity.reference. Co-design rule 7.",
            "Tilbudene skal være del av helhetlige forløp (kilde 000, 001, 003). Et forløp kan tegnes før alle tilbudene finnes, så et steg viser til et bestemt tilbud eller til tilbudstypen (og nivået) det trenger; viser det til begge, stemmer de overens. Et tilbud som ikke finnes i katalogen, rapporteres av integrity.reference. Samskapingsregel 7.")
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
                if let kind = step.offerKind, let offerKind = offer.kind, kind != offerKind {
                    findings.report(
                        pathway.id, at: position, field: "steps[\(index)].offerKind",
                        BilingualText(
                            "Step \(index + 1) says \(kind), but its offer \(StoreError.excerpt(String(describing: id), quoted: false)) is \(offerKind).",
                            "Steg \(index + 1) oppgir «\(kind.norwegianLabel)», men tilbudet \(StoreError.excerpt(String(describing: id), quoted: false)) er «\(offerKind.norwegianLabel)»."),
                        fix: BilingualText(
                            "Correct offerKind, or leave it out: the offer decides.",
                            "Rett offerKind, eller utelat den: tilbudet bestemmer."),
                        subject: FindingSubject(step: index, related: [RecordReference(id, position: offerPosition)]))
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
                        subject: FindingSubject(step: index, related: [RecordReference(id, position: offerPosition)]))
                }
            }
        }
    }

    /// `pathway.continues-outside-hospital`: a pathway that starts at a hospital continues outside it.
    public static let continuesOutsideHospital = CoDesignRule(
        id: "pathway.continues-outside-hospital", severity: .warning,
        title: BilingualText(
            "A pathway that starts at a hospital continues in the municipality or a voluntary organisation",
            "Et forløp som starter på sykehuset, fortsetter i kommunen eller i en frivillig organisasjon"),
        rationale: BilingualText(
            "Coherent pathways need cooperation between hospital and municipality and with voluntary organisations: for example a diagnosis-specific group at the hospital, followed by a municipal living-with offer and a peer group run by a user organisation (seed 004). Co-design rule 7.",
            "Helhetlige forløp krever samarbeid mellom sykehus og kommune og med frivillige organisasjoner: for eksempel en diagnosespesifikk gruppe på sykehuset, fulgt av et kommunalt leve-med-tilbud og en likepersongruppe i regi av en brukerorganisasjon (kilde 004). Samskapingsregel 7.")
    ) { context, findings in
        for position in context.pathways.indices {
            let pathway = context.pathways[position]
            guard let first = pathway.steps.first, context.level(of: first) == .specialist else { continue }
            let later = pathway.steps.dropFirst().map { context.level(of: $0) }
            guard !later.contains(.municipal), !later.contains(.voluntary), !later.contains(nil) else { continue }
            findings.report(
                pathway.id, at: position, field: "steps",
                BilingualText(
                    "The pathway starts at the hospital and never continues in a municipal or voluntary offer.",
                    "Forløpet starter på sykehuset og fortsetter aldri i et kommunalt eller frivillig tilbud."),
                fix: BilingualText(
                    "Add a step with a municipal or voluntary offer (or an offerKind with level \"municipal\" or \"voluntary\"), and describe the hand-over.",
                    "Legg til et steg med et kommunalt eller frivillig tilbud (eller en offerKind med level «municipal» eller «voluntary»), og beskriv overgangen i handOver."))
        }
    }

    /// `pathway.stage-order`: a pathway's steps do not go back to an earlier stage.
    public static let stageOrder = CoDesignRule(
        id: "pathway.stage-order", severity: .warning,
        title: BilingualText(
            "A pathway's stages run from prevention towards follow-up",
            "Stadiene i et forløp går fra forebygging mot oppfølging"),
        rationale: BilingualText(
            "Learning-and-coping offers span the health service from prevention to rehabilitation (seeds 001, 002, 003). A pathway takes the user forward through these stages, so no step is at an earlier stage than the step before it. Co-design rule 7.",
            "Lærings- og mestringstilbud spenner over hele helsetjenesten, fra forebygging til rehabilitering (kilde 001, 002, 003). Et forløp fører brukeren framover gjennom stadiene, så ingen steg er på et tidligere stadium enn steget før. Samskapingsregel 7.")
    ) { context, findings in
        for position in context.pathways.indices {
            let pathway = context.pathways[position]
            for (index, pair) in zip(pathway.steps, pathway.steps.dropFirst()).enumerated()
            where pair.1.stage < pair.0.stage {
                findings.report(
                    pathway.id, at: position, field: "steps[\(index + 1)].stage",
                    BilingualText(
                        "Step \(index + 2) is at \(pair.1.stage) after a step at \(pair.0.stage).",
                        "Steg \(index + 2) er på stadiet «\(pair.1.stage.norwegianLabel)» etter et steg på «\(pair.0.stage.norwegianLabel)»."),
                    fix: BilingualText(
                        "Put the steps in the order the user meets them, or correct the stage.",
                        "Sett stegene i den rekkefølgen brukeren møter dem, eller rett stadiet."),
                    subject: FindingSubject(step: index + 1))
            }
        }
    }
}
