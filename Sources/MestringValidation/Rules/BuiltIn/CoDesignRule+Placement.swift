import Mestring

extension CoDesignRule {
    /// `placement.level`: a municipal offer does not claim to need specialised competence.
    public static let placementLevel = CoDesignRule(
        id: "placement.level", severity: .warning,
        title: BilingualText(
            "A municipal offer does not claim to need specialised competence",
            "Et kommunalt tilbud oppgir ikke at det krever spesialisert kompetanse"),
        rationale: BilingualText(
            "Seed 004: «Tilrettelegging av lærings- og mestringsaktivitet skal så langt det er mulig, og innen rammen av faglig forsvarlighet, gis i kommunene. Dette gjelder ikke aktivitet som må skje tett integrert med spesialiserte medisinske behandlinger» (offers are given in the municipality as far as professionally sound, except activity tightly integrated with specialised treatment). Seed 000: «Sykehusene skal tilby lærings- og mestringstilbud som krever spesialisert kompetanse knyttet til diagnose og behandling». An offer that needs that competence belongs at the hospital; a municipal offer marked as needing it is at the wrong level or wrongly marked. Co-design rule 6.",
            "Kilde 004: «Tilrettelegging av lærings- og mestringsaktivitet skal så langt det er mulig, og innen rammen av faglig forsvarlighet, gis i kommunene. Dette gjelder ikke aktivitet som må skje tett integrert med spesialiserte medisinske behandlinger». Kilde 000: «Sykehusene skal tilby lærings- og mestringstilbud som krever spesialisert kompetanse knyttet til diagnose og behandling». Et tilbud som krever den kompetansen, hører hjemme på sykehuset; et kommunalt tilbud som er merket med at det krever den, er på feil nivå eller feil merket. Samskapingsregel 6.")
    ) { context, findings in
        context.forEachOffer { position, offer in
            guard offer.requiresSpecialistCompetence else { return }
            guard case .municipal? = context.level(ofOfferAt: position) else { return }
            findings.report(
                offer.id, at: position, field: "requiresSpecialistCompetence",
                BilingualText(
                    "A municipal offer is marked as needing specialised diagnosis and treatment competence.",
                    "Et kommunalt tilbud er merket med at det krever spesialisert kompetanse i utredning og behandling."),
                fix: BilingualText(
                    "Set requiresSpecialistCompetence to false, or let the hospital that has the competence provide the offer.",
                    "Sett requiresSpecialistCompetence til false, eller la sykehuset som har kompetansen, stå som tilbyder."))
        }
    }

    /// `placement.living-with-at-hospital`: advice to consider moving a hospital living-with offer.
    public static let livingWithAtHospital = CoDesignRule(
        id: "placement.living-with-at-hospital", severity: .advice,
        title: BilingualText(
            "A hospital offer about living with illness is a candidate for the municipality",
            "Et sykehustilbud om å leve med sykdom er en kandidat for kommunen"),
        rationale: BilingualText(
            "Seed 000: «Kommunene bør i hovedsak gi tilbud som vektlegger det å håndtere helseutfordringer i hverdagen» (municipalities should mainly give offers about handling health challenges in everyday life); seed 004: «De kommunale leve-med-tilbudene er ment å fungere som et tillegg til sykdomsrettet individuell informasjon og veiledning og gruppebaserte diagnosespesifikke lærings- og mestringstilbud i spesialisthelsetjenesten». A hospital offer about living with illness could often be given closer to where people live. Advice, not an error: «bør» and «i hovedsak» leave room, and an offer stays at the hospital when it must be tied to specialised treatment. Co-design rule 6.",
            "Kilde 000: «Kommunene bør i hovedsak gi tilbud som vektlegger det å håndtere helseutfordringer i hverdagen»; kilde 004: «De kommunale leve-med-tilbudene er ment å fungere som et tillegg til sykdomsrettet individuell informasjon og veiledning og gruppebaserte diagnosespesifikke lærings- og mestringstilbud i spesialisthelsetjenesten». Et sykehustilbud om å leve med sykdom kan ofte gis nærmere der folk bor. Et råd, ikke en feil: «bør» og «i hovedsak» gir rom, og et tilbud blir på sykehuset når det må henge sammen med spesialisert behandling. Samskapingsregel 6.")
    ) { context, findings in
        context.forEachOffer { position, offer in
            guard case .livingWith = offer.focus, case .specialist? = context.level(ofOfferAt: position) else { return }
            findings.report(
                offer.id, at: position, field: "focus",
                BilingualText(
                    "This hospital offer is about living with illness, which municipalities mainly offer.",
                    "Dette sykehustilbudet handler om å leve med sykdom, noe kommunene hovedsakelig tilbyr."),
                fix: BilingualText(
                    "Consider giving it in the municipalities it serves, together with them, unless it must stay tied to specialised treatment.",
                    "Vurder å gi det i kommunene det betjener, i samarbeid med dem, med mindre det må henge tett sammen med spesialisert behandling."))
        }
    }
}
