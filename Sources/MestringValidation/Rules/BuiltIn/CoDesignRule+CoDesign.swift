import Mestring

extension CoDesignRule {
    /// `codesign.phases`: people with lived experience plan, deliver and evaluate every offer.
    public static let phases = CoDesignRule(
        id: "codesign.phases", severity: .error,
        title: BilingualText(
            "Every offer is planned, delivered and evaluated together with people with lived experience",
            "Hvert tilbud planlegges, gjennomføres og evalueres sammen med personer med erfaringskunnskap"),
        rationale: BilingualText(
            "User involvement is a prerequisite for all learning-and-coping activity (seed 003). User representatives and professionals plan, deliver and evaluate offers together (national guideline 2015, seed 001), and many offers are run in close cooperation with experienced users (seed 000). The offer names who takes part in each phase, and at least one of them brings lived experience; in the delivery of group offers this is checked by codesign.co-led-group. Co-design rule 1.",
            "Brukermedvirkning er en forutsetning for all lærings- og mestringsvirksomhet (kilde 003). Brukerrepresentanter og fagpersoner planlegger, gjennomfører og evaluerer tilbudene sammen (nasjonal veileder 2015, kilde 001), og mange tilbud drives i nært samarbeid med erfarne brukere (kilde 000). Tilbudet oppgir hvem som deltar i hver fase, og minst én av dem har erfaringskunnskap; i gjennomføringen av gruppetilbud kontrolleres dette av codesign.co-led-group. Samskapingsregel 1.")
    ) { context, findings in
        for position in context.offers.indices {
            let offer = context.offers[position]
            let coLed: PhaseSet = offer.mustBeCoLed ? .delivery : []
            var named: PhaseSet = [], unknown: PhaseSet = [], withLivedExperience: PhaseSet = []
            for (involvement, participant) in zip(offer.involvement, context.participants(ofOfferAt: position)) {
                let phases = PhaseSet(involvement.phases)
                named.formUnion(phases)
                guard let participant else {
                    unknown.formUnion(phases)
                    continue
                }
                if participant.hasLivedExperience { withLivedExperience.formUnion(phases) }
            }
            for phase in InvolvementPhase.allCases {
                let bit = PhaseSet(phase)
                if !named.contains(bit) {
                    findings.report(
                        offer.id, at: position, field: "involvement",
                        BilingualText(
                            "Nobody is named for \(phase) of the offer.",
                            "Ingen er oppført for \(phase.norwegianLabel) av tilbudet."),
                        fix: BilingualText(
                            "Add an involvement with the phase \"\(phase)\" for each person who takes part, at least one of them a user representative or experienced user.",
                            "Legg til en involvering med fasen «\(phase)» for hver som deltar, minst én av dem brukerrepresentant eller erfaren bruker."),
                        subject: FindingSubject(phase: phase))
                } else if !unknown.contains(bit) && !withLivedExperience.contains(bit) && !coLed.contains(bit) {
                    findings.report(
                        offer.id, at: position, field: "involvement",
                        BilingualText(
                            "No one with lived experience takes part in \(phase).",
                            "Ingen med erfaringskunnskap deltar i \(phase.norwegianLabel)."),
                        fix: BilingualText(
                            "Involve a user representative, experienced user, next-of-kin representative or peer helper in \(phase).",
                            "Involver en brukerrepresentant, erfaren bruker, pårørenderepresentant eller likeperson i \(phase.norwegianLabel)."),
                        subject: FindingSubject(phase: phase))
                }
            }
        }
    }

    /// `codesign.co-led-group`: a professional and a person with lived experience deliver every
    /// group offer but peer groups.
    public static let coLedGroup = CoDesignRule(
        id: "codesign.co-led-group", severity: .warning,
        title: BilingualText(
            "A group offer is co-led by a professional and a person with lived experience",
            "Et gruppetilbud ledes sammen av en fagperson og en person med erfaringskunnskap"),
        rationale: BilingualText(
            "Many offers are designed and run in close cooperation between professionals and experienced users (seed 000), and users' experience is knowledge on a par with professional knowledge (seed 003); SMIL groups are led by professionals together with people who were young next of kin themselves (seed 002). So at least one professional and at least one other person with lived experience (experienced user, user representative, next-of-kin representative or peer helper) deliver a group offer. Peer groups are mainly experience sharing between peers (seed 001): they need no professional, and codesign.phases checks their delivery. Co-design rule 2.",
            "Mange tilbud utformes og drives i nært samarbeid mellom fagpersoner og erfarne brukere (kilde 000), og brukernes erfaring er kunnskap på linje med fagkunnskap (kilde 003); SMIL-grupper ledes av fagpersoner sammen med personer som selv var unge pårørende (kilde 002). Derfor gjennomfører minst én fagperson og minst én annen person med erfaringskunnskap (erfaren bruker, brukerrepresentant, pårørenderepresentant eller likeperson) et gruppetilbud. Likepersongrupper er først og fremst erfaringsutveksling mellom likepersoner (kilde 001): de trenger ingen fagperson, og codesign.phases kontrollerer gjennomføringen deres. Samskapingsregel 2.")
    ) { context, findings in
        for position in context.offers.indices {
            let offer = context.offers[position]
            guard offer.mustBeCoLed else { continue }
            var delivering = false, unknown = false
            var professionals = 0, professionalsWithLivedExperience = 0, othersWithLivedExperience = 0
            for (involvement, participant) in zip(offer.involvement, context.participants(ofOfferAt: position))
            where PhaseSet(involvement.phases).contains(.delivery) {
                delivering = true
                guard let participant else {
                    unknown = true
                    continue
                }
                if participant.isProfessional {
                    professionals += 1
                    if participant.hasLivedExperience { professionalsWithLivedExperience += 1 }
                } else if participant.hasLivedExperience {
                    othersWithLivedExperience += 1
                }
            }
            // Nobody named for delivery is codesign.phases' finding; unknown people are integrity.reference's.
            guard delivering, !unknown else { continue }
            if professionals == 0 {
                findings.report(
                    offer.id, at: position, field: "involvement",
                    BilingualText(
                        "No professional takes part in delivering this group offer.",
                        "Ingen fagperson deltar i gjennomføringen av dette gruppetilbudet."),
                    fix: BilingualText(
                        "Add a professional (role \"professional\") to the delivery, or make the offer a peer group if peers alone lead it.",
                        "Legg til en fagperson (rollen «professional») i gjennomføringen, eller registrer tilbudet som likepersongruppe hvis bare likepersoner leder det."))
            }
            if othersWithLivedExperience == 0 && !(professionalsWithLivedExperience > 0 && professionals > 1) {
                findings.report(
                    offer.id, at: position, field: "involvement",
                    BilingualText(
                        "No one with lived experience takes part in delivering this group offer.",
                        "Ingen med erfaringskunnskap deltar i gjennomføringen av dette gruppetilbudet."),
                    fix: BilingualText(
                        "Add a user representative, experienced user, next-of-kin representative or peer helper to the delivery.",
                        "Legg til en brukerrepresentant, erfaren bruker, pårørenderepresentant eller likeperson i gjennomføringen."))
            }
        }
    }

    /// `codesign.health-pedagogy`: professionals who deliver have health-pedagogy competence recorded.
    public static let healthPedagogy = CoDesignRule(
        id: "codesign.health-pedagogy", severity: .warning,
        title: BilingualText(
            "Professionals who deliver offers have health-pedagogy competence recorded",
            "Fagpersoner som gjennomfører tilbud, har registrert helsepedagogisk kompetanse"),
        rationale: BilingualText(
            "Competence in health pedagogy is a prerequisite for the work, and the professionals' attitudes, communication and knowledge matter for participants' outcome (seeds 001, 003). Co-design rule 3.",
            "Helsepedagogisk kompetanse er en forutsetning for arbeidet, og fagpersonenes holdninger, kommunikasjon og kunnskap har betydning for deltakernes utbytte (kilde 001, 003). Samskapingsregel 3.")
    ) { context, findings in
        // Each offer a professional without competence delivers gets a finding, and so does the
        // person, listing those offers: the offer is what a publisher fixes, the person what the
        // centre trains.
        var delivered: [Int: [RecordReference]] = [:]
        for position in context.offers.indices {
            let offer = context.offers[position]
            for (index, involvement) in offer.involvement.enumerated() where PhaseSet(involvement.phases).contains(.delivery) {
                guard let personPosition = context.position(of: involvement.person),
                    context.people[personPosition].lacksHealthPedagogy
                else { continue }
                let reference = RecordReference(offer.id, position: position)
                if delivered[personPosition]?.last != reference { delivered[personPosition, default: []].append(reference) }
                findings.report(
                    offer.id, at: position, field: "involvement[\(index)].person",
                    BilingualText(
                        "A professional who delivers this offer has no health-pedagogy competence recorded.",
                        "En fagperson som gjennomfører dette tilbudet, har ingen helsepedagogisk kompetanse registrert."),
                    fix: BilingualText(
                        "Record the professional's course or study programme in healthPedagogy.basis, or let a professional with the competence deliver.",
                        "Registrer fagpersonens kurs eller studium i healthPedagogy.basis, eller la en fagperson med kompetansen gjennomføre."),
                    subject: FindingSubject(
                        phase: .delivery, role: .professional,
                        related: [RecordReference(involvement.person, position: personPosition)]))
            }
        }
        for (position, offers) in delivered.sorted(by: { $0.key < $1.key }) {
            let person = context.people[position]
            findings.report(
                person.id, at: position, field: "healthPedagogy",
                BilingualText(
                    "This professional delivers \(offers.count) offer\(offers.count == 1 ? "" : "s") but has no health-pedagogy competence recorded.",
                    "Denne fagpersonen gjennomfører \(offers.count) tilbud, men har ingen helsepedagogisk kompetanse registrert."),
                fix: BilingualText(
                    "Record the course or study programme in healthPedagogy.basis, with the date it was completed.",
                    "Registrer kurset eller studiet i healthPedagogy.basis, med datoen det ble fullført."),
                subject: FindingSubject(phase: .delivery, role: .professional, related: offers))
        }
    }

    /// `codesign.peer-helper`: peer helpers who deliver are trained and consent to be listed.
    public static let peerHelper = CoDesignRule(
        id: "codesign.peer-helper", severity: .warning,
        title: BilingualText(
            "Peer helpers who deliver offers have completed peer training and consented to be listed",
            "Likepersoner som gjennomfører tilbud, har fullført likepersonsopplæring og samtykket til å bli oppført"),
        rationale: BilingualText(
            "Peer helpers are people with lived experience who hold peer conversations and peer groups (seeds 001, 003), trained for it by user organisations. They are private persons whose names are personal data: a published catalogue names them only with their consent. Co-design rule 4.",
            "Likepersoner er personer med egenerfaring som holder likepersonsamtaler og -grupper (kilde 001, 003), og brukerorganisasjonene lærer dem opp til det. De er privatpersoner, og navnet deres er personopplysninger: en publisert katalog nevner dem bare med samtykke. Samskapingsregel 4.")
    ) { context, findings in
        for position in context.people.indices {
            let person = context.people[position]
            guard person.role == .peerHelper else { continue }
            let count = context.deliveryCount(of: person.id)
            guard count > 0 else { continue }
            let offers = BilingualText("\(count) offer\(count == 1 ? "" : "s")", "\(count) tilbud")
            if !(person.peerTraining?.isCompleted ?? false) {
                findings.report(
                    person.id, at: position, field: "peerTraining",
                    BilingualText(
                        "This peer helper delivers \(offers.english) without completed peer training.",
                        "Denne likepersonen gjennomfører \(offers.bokmal) uten fullført likepersonsopplæring."),
                    fix: BilingualText(
                        "Record the training programme and its completion date in peerTraining, or take the person out of delivery until the training is done.",
                        "Registrer opplæringen og datoen den ble fullført i peerTraining, eller ta personen ut av gjennomføringen til opplæringen er fullført."))
            }
            if !person.listingConsent {
                findings.report(
                    person.id, at: position, field: "listingConsent",
                    BilingualText(
                        "This peer helper delivers \(offers.english) but has not consented to be listed.",
                        "Denne likepersonen gjennomfører \(offers.bokmal), men har ikke samtykket til å bli oppført."),
                    fix: BilingualText(
                        "Ask for consent and set listingConsent to true; until then the public export hides the name and identifier.",
                        "Be om samtykke og sett listingConsent til true; inntil da skjuler den offentlige eksporten navnet og identifikatoren."))
            }
        }
    }

    /// `codesign.young-next-of-kin`: offers for young next of kin involve one and address the family.
    public static let youngNextOfKin = CoDesignRule(
        id: "codesign.young-next-of-kin", severity: .warning,
        title: BilingualText(
            "An offer for young next of kin involves someone who was one, and addresses the family",
            "Et tilbud for barn og unge som pårørende involverer noen som selv var det, og retter seg mot familien"),
        rationale: BilingualText(
            "SMIL, the group offer for children and young people as next of kin, is aimed at the whole family and led by professionals together with people who were themselves children or young people as next of kin (seed 002). Co-design rule 5.",
            "SMIL, gruppetilbudet for barn og unge som pårørende, retter seg mot hele familien og ledes av fagpersoner sammen med personer som selv var barn eller unge pårørende (kilde 002). Samskapingsregel 5.")
    ) { context, findings in
        for position in context.offers.indices {
            let offer = context.offers[position]
            guard offer.audiences.contains(where: { if case .youngNextOfKin = $0 { true } else { false } }) else { continue }
            let participants = context.participants(ofOfferAt: position)
            let wasYoungNextOfKin = participants.contains { $0?.wasYoungNextOfKin ?? false }
            if !wasYoungNextOfKin && !participants.contains(where: { $0 == nil }) {
                findings.report(
                    offer.id, at: position, field: "involvement",
                    BilingualText(
                        "No one involved was a child or young person as next of kin.",
                        "Ingen av de involverte var selv barn eller ung pårørende."),
                    fix: BilingualText(
                        "Involve a person whose livedExperience includes \"young-next-of-kin\".",
                        "Involver en person som har «young-next-of-kin» i livedExperience."),
                    subject: FindingSubject(phase: .delivery, livedExperience: .youngNextOfKin))
            }
            if !offer.audiences.contains(where: { if case .families = $0 { true } else { false } }) {
                findings.report(
                    offer.id, at: position, field: "audiences",
                    BilingualText(
                        "The offer is for young next of kin but does not address the family.",
                        "Tilbudet er for barn og unge som pårørende, men retter seg ikke mot familien."),
                    fix: BilingualText("Add \"families\" to audiences.", "Legg til «families» i audiences."),
                    subject: FindingSubject(audience: .families))
            }
        }
    }
}

extension Person {
    /// `true` for a professional without recorded health-pedagogy competence.
    fileprivate var lacksHealthPedagogy: Bool {
        guard case .professional = role else { return false }
        return (healthPedagogy?.basis.trimmingSpaces() ?? "").isEmpty
    }
}
