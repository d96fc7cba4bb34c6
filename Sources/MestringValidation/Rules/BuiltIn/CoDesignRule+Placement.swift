import Mestring

extension CoDesignRule {
    /// `placement.level`: a municipal offer does not claim to need specialised competence.
    public static let placementLevel = CoDesignRule(
        id: "placement.level", severity: .warning,
        title: BilingualText(
            "A municipal offer does not claim to need specialised competence",
            "Et kommunalt tilbud oppgir ikke at det krever spesialisert kompetanse"),
        rationale: BilingualText(
            "Offers are given in the municipality as far as professionally sound, except activity that must be tightly integrated with specialised diagnosis and treatment, which belongs at the hospital (seed 004). A municipal offer marked as needing that competence is at the wrong level or wrongly marked. Co-design rule 6.",
            "Tilbud gis i kommunen så langt det er faglig forsvarlig, unntatt virksomhet som må være tett integrert med spesialisert utredning og behandling, som hører hjemme på sykehuset (kilde 004). Et kommunalt tilbud som er merket med at det krever slik kompetanse, er på feil nivå eller feil merket. Samskapingsregel 6.")
    ) { context, findings in
        for position in context.offers.indices {
            let offer = context.offers[position]
            guard offer.requiresSpecialistCompetence else { continue }
            guard case .municipal? = context.level(ofOfferAt: position) else { continue }
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
            "Municipalities mainly give offers about handling health challenges in everyday life, and municipal living-with offers complement the hospital's individual information and diagnosis-specific groups (seed 004). A hospital offer about living with illness could often be given closer to where people live. Advice, not an error: keep the offer at the hospital when it must stay tied to specialised treatment. Co-design rule 6.",
            "Kommunene gir hovedsakelig tilbud om å mestre helseutfordringer i hverdagen, og kommunale leve-med-tilbud utfyller sykehusets individuelle informasjon og diagnosespesifikke grupper (kilde 004). Et sykehustilbud om å leve med sykdom kan ofte gis nærmere der folk bor. Et råd, ikke en feil: behold tilbudet på sykehuset når det må henge tett sammen med spesialisert behandling. Samskapingsregel 6.")
    ) { context, findings in
        for position in context.offers.indices {
            let offer = context.offers[position]
            guard case .livingWith = offer.focus, case .specialist? = context.level(ofOfferAt: position) else { continue }
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
