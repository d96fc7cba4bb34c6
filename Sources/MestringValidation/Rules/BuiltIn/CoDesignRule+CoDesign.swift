import Mestring

extension CoDesignRule {
    /// `codesign.phases`: every offer is planned and evaluated with users; a group offer is also
    /// delivered with them.
    public static let phases = CoDesignRule(
        id: "codesign.phases", severity: .error,
        title: BilingualText(
            "Every offer is planned and evaluated with users, and a group offer is also delivered with them",
            "Hvert tilbud planlegges og evalueres sammen med brukere, og et gruppetilbud gjennomføres også sammen med dem"),
        rationale: BilingualText(
            "Seed 003: «Brukermedvirkning er en forutsetning for all lærings- og mestringsvirksomhet» (user involvement is a prerequisite for all learning-and-coping activity). Seed 001, of NK LMH's group offers: «Det forutsettes at brukerrepresentanter og fagpersoner samarbeider om å planlegge, gjennomføre og evaluere tilbudene» (user representatives and professionals plan, deliver and evaluate the offers together). Seed 000: «mange av tilbudene utformes og gjennomføres i et nært samarbeid mellom fagpersoner og erfarne brukere» (many offers, not all, are designed and run with experienced users). So every offer names someone who takes part in its planning and in its evaluation as a user, next of kin or their representative (a user representative, experienced user, next-of-kin representative or peer helper), and a group offer names one in its delivery too. A professional's own lived experience does not make them a user representative: user involvement means taking part as a user. Individual education and e-learning are checked by codesign.phases-individual instead. Co-design rule 1.",
            "Kilde 003: «Brukermedvirkning er en forutsetning for all lærings- og mestringsvirksomhet». Kilde 001, om NK LMHs gruppetilbud: «Det forutsettes at brukerrepresentanter og fagpersoner samarbeider om å planlegge, gjennomføre og evaluere tilbudene». Kilde 000: «mange av tilbudene utformes og gjennomføres i et nært samarbeid mellom fagpersoner og erfarne brukere» (mange, ikke alle). Derfor oppgir hvert tilbud noen som deltar i planleggingen og i evalueringen som bruker, pårørende eller representant for dem (brukerrepresentant, erfaren bruker, pårørenderepresentant eller likeperson), og et gruppetilbud oppgir også en slik person i gjennomføringen. En fagpersons egen erfaring gjør ikke fagpersonen til brukerrepresentant: brukermedvirkning betyr å delta som bruker. Individuell undervisning og e-læring kontrolleres i stedet av codesign.phases-individual. Samskapingsregel 1.")
    ) { context, findings in
        let sentences = PhaseSentences()
        context.forEachOffer { position, offer in
            if !offer.isIndividualEducation {
                reportPhasesWithoutUsers(of: offer, at: position, in: context, sentences: sentences, to: &findings)
            }
        }
    }

    /// `codesign.phases-individual`: individual education and e-learning are planned and evaluated
    /// with users.
    public static let phasesIndividual = CoDesignRule(
        id: "codesign.phases-individual", severity: .warning,
        title: BilingualText(
            "Individual education and e-learning are planned and evaluated with users",
            "Individuell undervisning og e-læring planlegges og evalueres sammen med brukere"),
        rationale: BilingualText(
            "Seed 003 makes user involvement a prerequisite for all learning-and-coping activity («en forutsetning for all lærings- og mestringsvirksomhet»), but the texts name delivery with users only for group offers (seed 001: «planlegge, gjennomføre og evaluere», of NK LMH's group offers), and seed 000 says that «mange av tilbudene», not all, are run with experienced users. Individual education tied to medical treatment (seed 001: «Individuell undervisning av brukere, pasienter og pårørende knyttet til medisinsk behandling») and e-learning (seed 000: «e-læringstilbud») are delivered by a professional or by the course itself, which is normal. That users take part in planning and evaluating them is expected; when they do not, it is a warning, not an error. Co-design rule 1.",
            "Kilde 003 gjør brukermedvirkning til en forutsetning for all virksomheten («en forutsetning for all lærings- og mestringsvirksomhet»), men tekstene nevner gjennomføring sammen med brukere bare for gruppetilbud (kilde 001: «planlegge, gjennomføre og evaluere», om NK LMHs gruppetilbud), og kilde 000 sier at «mange av tilbudene», ikke alle, drives sammen med erfarne brukere. Individuell undervisning knyttet til behandling (kilde 001: «Individuell undervisning av brukere, pasienter og pårørende knyttet til medisinsk behandling») og e-læring (kilde 000: «e-læringstilbud») gjennomføres av en fagperson eller av kurset selv, og det er vanlig. At brukere deltar i planleggingen og evalueringen, er forventet; mangler det, er det en advarsel, ikke en feil. Samskapingsregel 1.")
    ) { context, findings in
        let sentences = PhaseSentences()
        context.forEachOffer { position, offer in
            if offer.isIndividualEducation {
                reportPhasesWithoutUsers(of: offer, at: position, in: context, sentences: sentences, to: &findings)
            }
        }
    }

    /// Reports each phase the offer at `position` needs users in that has nobody named, or nobody
    /// taking part as a user, next of kin or their representative.
    private static func reportPhasesWithoutUsers(
        of offer: Lent<Offer>, at position: Int, in context: ValidationContext, sentences: PhaseSentences,
        to findings: inout FindingReporter
    ) {
        var named: PhaseSet = [], unknown: PhaseSet = [], withUsers: PhaseSet = []
        for (phases, participant) in zip(context.phases(ofOfferAt: position), context.participants(ofOfferAt: position)) {
            named.formUnion(phases)
            guard let participant else {
                unknown.formUnion(phases)  // integrity.reference reports the person
                continue
            }
            if participant.speaksAsUser { withUsers.formUnion(phases) }
        }
        let required = offer.phasesNeedingUsers
        for (index, phase) in InvolvementPhase.allCases.enumerated() where required.contains(PhaseSet(phase)) {
            let bit = PhaseSet(phase)
            if !named.contains(bit) {
                let texts = sentences.nobodyNamed[index]
                findings.report(
                    offer.id, at: position, field: "involvement", texts.message, fix: texts.fix, subject: FindingSubject(phase: phase))
            } else if !unknown.contains(bit) && !withUsers.contains(bit) {
                let texts = sentences.noUser[index]
                findings.report(
                    offer.id, at: position, field: "involvement", texts.message, fix: texts.fix, subject: FindingSubject(phase: phase))
            }
        }
    }

    /// The sentences of `codesign.phases`' two findings for each phase, in `InvolvementPhase.allCases`
    /// order: they depend only on the phase, so they are made once per run, not once for each of
    /// tens of thousands of offers.
    private struct PhaseSentences {
        let nobodyNamed = InvolvementPhase.allCases.map { phase in
            (
                message: BilingualText(
                    "Nobody is named for \(phase) of the offer.",
                    "Ingen er oppført for \(phase.norwegianLabel) av tilbudet."),
                fix: BilingualText(
                    "Add an involvement with the phase \"\(phase)\" for each person who takes part, at least one of them taking part as a user, next of kin or their representative.",
                    "Legg til en involvering med fasen «\(phase)» for hver som deltar, minst én av dem som bruker, pårørende eller representant for dem.")
            )
        }
        let noUser = InvolvementPhase.allCases.map { phase in
            (
                message: BilingualText(
                    "Nobody takes part in \(phase) as a user, next of kin or their representative.",
                    "Ingen deltar i \(phase.norwegianLabel) som bruker, pårørende eller representant for dem."),
                fix: BilingualText(
                    "Involve a user representative, experienced user, next-of-kin representative or peer helper in \(phase); a professional's own lived experience does not count.",
                    "Involver en brukerrepresentant, erfaren bruker, pårørenderepresentant eller likeperson i \(phase.norwegianLabel); en fagpersons egen erfaring teller ikke.")
            )
        }
    }

    /// `codesign.co-led-group`: a professional takes part in delivering every group offer but peer
    /// groups, together with the users `codesign.phases` requires.
    public static let coLedGroup = CoDesignRule(
        id: "codesign.co-led-group", severity: .warning,
        title: BilingualText(
            "A group offer is co-led: a professional delivers it together with users",
            "Et gruppetilbud ledes i fellesskap: en fagperson gjennomfører det sammen med brukere"),
        rationale: BilingualText(
            "Seed 000: «mange av tilbudene utformes og gjennomføres i et nært samarbeid mellom fagpersoner og erfarne brukere» (designed and run in close cooperation between professionals and experienced users); seed 003: «anerkjenne brukernes erfaringer som kunnskap på lik linje med fagkunnskap» (users' experience is knowledge on a par with professional knowledge). A group offer is therefore delivered by a professional and a user together: codesign.phases requires the user, this rule the professional. Peer groups are the exception: seed 001 describes offers «som primært omhandler erfaringsdeling mellom brukere, pasienter eller pårørende» (mainly experience sharing), which peers lead without a professional. Co-design rule 2.",
            "Kilde 000: «mange av tilbudene utformes og gjennomføres i et nært samarbeid mellom fagpersoner og erfarne brukere»; kilde 003: «anerkjenne brukernes erfaringer som kunnskap på lik linje med fagkunnskap». Et gruppetilbud gjennomføres derfor av en fagperson og en bruker sammen: codesign.phases krever brukeren, denne regelen fagpersonen. Likepersongrupper er unntaket: kilde 001 beskriver tilbud «som primært omhandler erfaringsdeling mellom brukere, pasienter eller pårørende», og dem leder likepersonene uten fagperson. Samskapingsregel 2.")
    ) { context, findings in
        context.forEachOffer { position, offer in
            guard offer.mustBeCoLed else { return }
            // Nobody named for delivery is codesign.phases' finding; unknown people are integrity.reference's.
            guard context.deliveryTeam(ofOfferAt: position, includes: \.isProfessional) == false else { return }
            findings.report(
                offer.id, at: position, field: "involvement",
                BilingualText(
                    "No professional takes part in delivering this group offer.",
                    "Ingen fagperson deltar i gjennomføringen av dette gruppetilbudet."),
                fix: BilingualText(
                    "Add a professional (role \"professional\") to the delivery, or make the offer a peer group if peers alone lead it.",
                    "Legg til en fagperson (rollen «professional») i gjennomføringen, eller registrer tilbudet som likepersongruppe hvis bare likepersoner leder det."),
                subject: FindingSubject(phase: .delivery, role: .professional))
        }
    }

    /// `codesign.appointed-by`: a user or next-of-kin representative says who appointed them
    /// (good practice).
    public static let appointedBy = CoDesignRule(
        id: "codesign.appointed-by", severity: .advice,
        title: BilingualText(
            "A representative who takes part in offers says who appointed them (good practice)",
            "En representant som deltar i tilbud, oppgir hvem som oppnevnte hen (god praksis)"),
        rationale: BilingualText(
            "Seed 003: «Et godt samarbeid mellom brukere, brukerrepresentanter og fagpersoner om lærings- og mestringstilbud er med på å sikre god kvalitet»; seed 001: «brukerrepresentanter og fagpersoner samarbeider om å planlegge, gjennomføre og evaluere tilbudene». A representative speaks for users or next of kin because a body of them chose the person: a user organisation or a user council (brukerråd). The texts do not say how representatives are appointed, so recording it is good practice, hence advice: it shows a reader that the representative takes part as a user's voice, not as a professional who happens to have lived experience. Co-design rule 1.",
            "Kilde 003: «Et godt samarbeid mellom brukere, brukerrepresentanter og fagpersoner om lærings- og mestringstilbud er med på å sikre god kvalitet»; kilde 001: «brukerrepresentanter og fagpersoner samarbeider om å planlegge, gjennomføre og evaluere tilbudene». En representant taler for brukere eller pårørende fordi et organ for dem valgte personen: en brukerorganisasjon eller et brukerråd. Tekstene sier ikke hvordan representanter oppnevnes, så å registrere det er god praksis, derfor et råd: det viser leseren at representanten deltar som brukerstemme, ikke som en fagperson som tilfeldigvis har egenerfaring. Samskapingsregel 1.")
    ) { context, findings in
        for position in context.people.indices {
            let person = context.people[position]
            switch person.role {
            case .userRepresentative, .nextOfKinRepresentative: break
            default: continue
            }
            guard person.appointedBy == nil, context.takesPartInOffers(personAt: position) else { continue }
            findings.report(
                person.id, at: position, field: "appointedBy",
                BilingualText(
                    "This \(person.role) takes part in offers but does not say who appointed them.",
                    "Denne \(person.role.norwegianLabel)en deltar i tilbud, men oppgir ikke hvem som oppnevnte hen."),
                fix: BilingualText(
                    "Set appointedBy to \"user-organisation\" or \"user-council\".",
                    "Sett appointedBy til «user-organisation» eller «user-council»."),
                subject: FindingSubject(role: person.role))
        }
    }

    /// `codesign.health-pedagogy`: professionals who deliver have health-pedagogy competence
    /// recorded; so do the offers they deliver.
    public static let healthPedagogy = CoDesignRule(
        id: "codesign.health-pedagogy", severity: .warning,
        title: BilingualText(
            "Professionals who deliver offers have health-pedagogy competence recorded",
            "Fagpersoner som gjennomfører tilbud, har registrert helsepedagogisk kompetanse"),
        rationale: BilingualText(
            "Seed 001: «Kompetanse innen helsepedagogikk er derfor en forutsetning» (competence in health pedagogy is therefore a prerequisite). Seed 003: «Kompetanse innen helsepedagogikk er avgjørende for arbeidet med lærings- og mestringstilbud», and «fagpersoners holdninger, evne til å kommunisere, samt kunnskap om sykdom og mestringsstrategier er viktig for deltakernes utbytte» (professionals' attitudes, communication and knowledge matter for participants' outcome). A professional who delivers an offer has the competence recorded. The finding is reported on the person and on every offer they deliver, because the offer is what a publisher corrects and the person is whom a centre trains. Co-design rule 3.",
            "Kilde 001: «Kompetanse innen helsepedagogikk er derfor en forutsetning». Kilde 003: «Kompetanse innen helsepedagogikk er avgjørende for arbeidet med lærings- og mestringstilbud», og «fagpersoners holdninger, evne til å kommunisere, samt kunnskap om sykdom og mestringsstrategier er viktig for deltakernes utbytte». En fagperson som gjennomfører et tilbud, har kompetansen registrert. Funnet rapporteres på personen og på hvert tilbud hen gjennomfører, fordi tilbudet er det utgiveren retter, og personen er den et senter lærer opp. Samskapingsregel 3.")
    ) { context, findings in
        context.forEachOffer { position, offer in
            for (index, (phases, participant)) in zip(context.phases(ofOfferAt: position), context.participants(ofOfferAt: position))
                .enumerated()
            where participant?.lacksHealthPedagogy == true && phases.contains(.delivery) {
                let involvement = offer.involvement[index]
                guard let person = context.position(of: involvement.person) else { continue }
                findings.report(
                    offer.id, at: position, field: "involvement[\(index)].person",
                    BilingualText(
                        "A professional who delivers this offer has no health-pedagogy competence recorded.",
                        "En fagperson som gjennomfører dette tilbudet, har ingen helsepedagogisk kompetanse registrert."),
                    fix: BilingualText(
                        "Record the professional's course or study programme in healthPedagogy.basis, or let a professional with the competence deliver.",
                        "Registrer fagpersonens kurs eller studium i healthPedagogy.basis, eller la en fagperson med kompetansen gjennomføre."),
                    subject: FindingSubject(
                        phase: .delivery, role: .professional, related: [RecordReference(involvement.person, position: person)]))
            }
        }
        for position in context.people.indices where context.people[position].lacksHealthPedagogy {
            let offers = context.offersDelivered(byPersonAt: position)
            guard !offers.isEmpty else { continue }
            findings.report(
                context.people[position].id, at: position, field: "healthPedagogy",
                BilingualText(
                    "This professional delivers \(offers.count) offer\(offers.count == 1 ? "" : "s") but has no health-pedagogy competence recorded.",
                    "Denne fagpersonen gjennomfører \(offers.count) tilbud, men har ingen helsepedagogisk kompetanse registrert."),
                fix: BilingualText(
                    "Record the course or study programme in healthPedagogy.basis, with the date it was completed.",
                    "Registrer kurset eller studiet i healthPedagogy.basis, med datoen det ble fullført."),
                subject: FindingSubject(phase: .delivery, role: .professional, related: offers))
        }
    }

    /// `codesign.peer-helper`: peer helpers who deliver have completed peer training (good practice).
    public static let peerHelper = CoDesignRule(
        id: "codesign.peer-helper", severity: .advice,
        title: BilingualText(
            "Peer helpers who deliver offers have completed peer training (good practice)",
            "Likepersoner som gjennomfører tilbud, har fullført likepersonsopplæring (god praksis)"),
        rationale: BilingualText(
            "Good practice, not a requirement of the texts. Seeds 001 and 003 name peer work («Likepersonsamtale / -gruppe», «likepersonarbeid») but say nothing about how peer helpers are prepared for it. User organisations train their peer helpers before they hold conversations or lead groups, so an untrained peer helper in delivery is worth a look; an integrator who requires training raises the rule's severity in a profile. Consent to be listed is not checked here: the public export hides anyone who has not consented. Co-design rule 4.",
            "God praksis, ikke et krav i tekstene. Kilde 001 og 003 nevner likepersonarbeid («Likepersonsamtale / -gruppe», «likepersonarbeid»), men sier ingenting om hvordan likepersoner forberedes. Brukerorganisasjonene lærer opp likepersonene sine før de holder samtaler eller leder grupper, så en likeperson uten opplæring i gjennomføringen er verdt å se på; en integrator som krever opplæring, hever regelens alvorlighetsgrad i en profil. Samtykke til å bli oppført kontrolleres ikke her: den offentlige eksporten skjuler alle som ikke har samtykket. Samskapingsregel 4.")
    ) { context, findings in
        for position in context.people.indices {
            let person = context.people[position]
            guard case .peerHelper = person.role, !(person.peerTraining?.isCompleted ?? false) else { continue }
            let offers = context.offersDelivered(byPersonAt: position)
            guard !offers.isEmpty else { continue }
            findings.report(
                person.id, at: position, field: "peerTraining",
                BilingualText(
                    "This peer helper delivers \(offers.count) offer\(offers.count == 1 ? "" : "s") without completed peer training.",
                    "Denne likepersonen gjennomfører \(offers.count) tilbud uten fullført likepersonsopplæring."),
                fix: BilingualText(
                    "Record the training programme and its completion date in peerTraining, or take the person out of delivery until the training is done.",
                    "Registrer opplæringen og datoen den ble fullført i peerTraining, eller ta personen ut av gjennomføringen til opplæringen er fullført."),
                subject: FindingSubject(phase: .delivery, role: .peerHelper, related: offers))
        }
    }

    /// `codesign.young-next-of-kin`: an offer for young next of kin is delivered with someone who
    /// was one (good practice, from SMIL).
    public static let youngNextOfKin = CoDesignRule(
        id: "codesign.young-next-of-kin", severity: .advice,
        title: BilingualText(
            "An offer for young next of kin is delivered with someone who was one (good practice from SMIL)",
            "Et tilbud for barn og unge som pårørende gjennomføres sammen med noen som selv var det (god praksis fra SMIL)"),
        rationale: BilingualText(
            "Seed 002, of SMIL: «Gruppen ledes av fagpersoner og personer med egen erfaring fra det å være pårørende barn eller unge» (the group is led by professionals and people who were themselves children or young people as next of kin). «Ledes av» is delivery, so the rule looks at who delivers, not at who plans or evaluates. That is the profile of the SMIL programme; for other offers for children and young people as next of kin it is good practice, hence advice. An offer that adopts a programme is checked against the programme's profile by programme.fidelity instead, which is also where SMIL's «rettet mot hele familien» (the whole family) is required; it is not required of every offer for young next of kin. Co-design rule 5.",
            "Kilde 002, om SMIL: «Gruppen ledes av fagpersoner og personer med egen erfaring fra det å være pårørende barn eller unge». «Ledes av» er gjennomføringen, så regelen ser på hvem som gjennomfører, ikke på hvem som planlegger eller evaluerer. Det er SMIL-programmets profil; for andre tilbud for barn og unge som pårørende er det god praksis, derfor et råd. Et tilbud som tar i bruk et program, kontrolleres i stedet mot programmets profil av programme.fidelity, og det er også der SMILs «rettet mot hele familien» kreves; det kreves ikke av alle tilbud for barn og unge som pårørende. Samskapingsregel 5.")
    ) { context, findings in
        context.forEachOffer { position, offer in
            // An offer that adopts a programme is held to the programme's profile (programme.fidelity).
            guard offer.audiences.contains(where: { if case .youngNextOfKin = $0 { true } else { false } }),
                offer.programme.flatMap(context.position(of:)) == nil
            else { return }
            guard context.deliveryTeam(ofOfferAt: position, includes: \.wasYoungNextOfKin) == false else { return }
            findings.report(
                offer.id, at: position, field: "involvement",
                BilingualText(
                    "Nobody who delivers this offer for young next of kin was a child or young person as next of kin.",
                    "Ingen som gjennomfører dette tilbudet for barn og unge som pårørende, var selv barn eller ung pårørende."),
                fix: BilingualText(
                    "Involve in delivery a person whose livedExperience includes \"young-next-of-kin\".",
                    "Involver i gjennomføringen en person som har «young-next-of-kin» i livedExperience."),
                subject: FindingSubject(phase: .delivery, livedExperience: .youngNextOfKin))
        }
    }
}
