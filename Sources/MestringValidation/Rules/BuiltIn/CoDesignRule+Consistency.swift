import Mestring

extension CoDesignRule {
    /// `offer.consistency`: an offer's focus, kind and format agree with what it lists.
    public static let offerConsistency = CoDesignRule(
        id: "offer.consistency", severity: .warning,
        title: BilingualText(
            "An offer's focus, kind and format agree with what it lists",
            "Et tilbuds fokus, type og form stemmer med det tilbudet oppgir"),
        rationale: BilingualText(
            "Seed 003 names the focus of offers: «tilbud som er rettet mot én spesifikk diagnose og tilbud som går på tvers av diagnoser. Enkelte er temaspesifikke, eksempelvis rettet mot ernæring eller stressmestring». A diagnosis-specific offer names its diagnosis and a theme-specific offer its theme; otherwise users who search for them never find it. Seed 001 names the kinds from the national guideline: «Individuell undervisning», «Gruppetilbud utformet for definerte målgrupper» and «Likepersonsamtale / -gruppe». Individual education and a peer conversation are individual, a group offer and a peer group are groups; an offer that says otherwise has a wrong kind or a wrong format. Co-design rule 8.",
            "Kilde 003 nevner tilbudenes fokus: «tilbud som er rettet mot én spesifikk diagnose og tilbud som går på tvers av diagnoser. Enkelte er temaspesifikke, eksempelvis rettet mot ernæring eller stressmestring». Et diagnosespesifikt tilbud oppgir diagnosen, og et temaspesifikt tilbud temaet; ellers finner ikke brukerne som søker etter dem, tilbudet. Kilde 001 nevner typene fra den nasjonale veilederen: «Individuell undervisning», «Gruppetilbud utformet for definerte målgrupper» og «Likepersonsamtale / -gruppe». Individuell undervisning og likepersonsamtale er individuelle, gruppetilbud og likepersongruppe er gruppebaserte; et tilbud som oppgir noe annet, har feil type eller feil form. Samskapingsregel 8.")
    ) { context, findings in
        // The sentences of a wrong format depend only on the kind and the format: made once for
        // each pair instead of once for each of tens of thousands of offers.
        // The pairs are kept apart from their sentences: looking a pair up in an array that also
        // held the sentences copied all four of them for each offer.
        var formatPairs: [(kind: OfferKind, format: OfferFormat)] = []
        var formatTexts: [(message: BilingualText, fix: BilingualText)] = []
        context.forEachOffer { position, offer in
            switch offer.focus {
            case .diagnosisSpecific where offer.diagnoses.isEmpty:
                findings.report(
                    offer.id, at: position, field: "diagnoses",
                    BilingualText(
                        "The offer is diagnosis-specific but names no diagnosis.",
                        "Tilbudet er diagnosespesifikt, men oppgir ingen diagnose."),
                    fix: BilingualText(
                        "Add the diagnosis (ICD-10, ICPC-2 or SNOMED CT code), or change focus to cross-diagnosis or living-with.",
                        "Legg inn diagnosen (kode fra ICD-10, ICPC-2 eller SNOMED CT), eller endre focus til cross-diagnosis eller living-with."),
                    subject: FindingSubject(value: offer.focus?.rawValue))
            case .theme where !offer.themes.contains(where: { !$0.trimmingSpaces().isEmpty }):
                findings.report(
                    offer.id, at: position, field: "themes",
                    BilingualText(
                        "The offer is theme-specific but names no theme.",
                        "Tilbudet er temaspesifikt, men oppgir ikke noe tema."),
                    fix: BilingualText(
                        "Add the theme, e.g. \"ernæring\" or \"stressmestring\", or change focus.",
                        "Legg inn temaet, f.eks. «ernæring» eller «stressmestring», eller endre focus."),
                    subject: FindingSubject(value: offer.focus?.rawValue))
            default: break
            }
            // A kind or format not stated is reported by completeness.stated, not judged here.
            guard let kind = offer.kind, let format = offer.format, let expected = kind.requiredFormat, expected != format
            else { return }
            let entry =
                formatPairs.firstIndex { $0.kind == kind && $0.format == format }
                ?? {
                    formatPairs.append((kind, format))
                    formatTexts.append(
                        (
                            BilingualText(
                                "A \(kind) is \(expected), but the offer says \(format).",
                                "En \(kind.norwegianLabel) er \(expected.norwegianLabel), men tilbudet oppgir \(format.norwegianLabel)."),
                            BilingualText(
                                "Set format to \"\(expected)\", or correct kind.", "Sett format til «\(expected)», eller rett kind.")
                        ))
                    return formatPairs.count - 1
                }()
            findings.report(
                offer.id, at: position, field: "format", formatTexts[entry].message, fix: formatTexts[entry].fix,
                subject: FindingSubject(value: kind.rawValue))
        }
    }
}

extension OfferKind {
    /// The format the kind implies by its name in the guideline, or `nil` when it allows either.
    fileprivate var requiredFormat: OfferFormat? {
        switch self {
        case .individualEducation, .peerConversation: .individual
        case .groupProgramme, .peerGroup: .group
        case .lifestyleChange, .eLearning, .familyProgramme, .competenceBuilding: nil
        }
    }
}
