import Mestring

extension CoDesignRule {
    /// `programme.fidelity`: an offer that adopts a national programme follows the programme's profile.
    public static let programmeFidelity = CoDesignRule(
        id: "programme.fidelity", severity: .warning,
        title: BilingualText(
            "An offer that adopts a programme (such as SMIL) follows the programme's profile",
            "Et tilbud som tar i bruk et program (som SMIL), følger programmets profil"),
        rationale: BilingualText(
            "Seed 001: «Ved Nasjonal kompetansetjeneste for læring og mestring innen helse (NK LMH) har vi utviklet flere gruppetilbud som kan tas i bruk i lærings- og mestringsvirksomheten» (national group offers that services adopt), each with a guide (seed 002: «SMIL-guide som beskriver mer detaljert hva SMIL-tilbudet handler om, hvordan tilbudet kan iverksettes, gjennomføres og evalueres»). Seed 002 gives SMIL's profile: «SMIL er et gruppebasert lærings- og mestringstilbud for barn og unge som pårørende. SMIL er rettet mot hele familien […] Tilbudet er forebyggende […] Gruppen ledes av fagpersoner og personer med egen erfaring fra det å være pårørende barn eller unge». An offer that names a programme has the programme's kind and format, includes its audiences and stages, and is delivered by the roles and the lived experience the programme requires. The profile is the programme's, not a rule for every offer with the same audience. Co-design rule 5.",
            "Kilde 001: «Ved Nasjonal kompetansetjeneste for læring og mestring innen helse (NK LMH) har vi utviklet flere gruppetilbud som kan tas i bruk i lærings- og mestringsvirksomheten», hvert med en veileder (kilde 002: «SMIL-guide som beskriver mer detaljert hva SMIL-tilbudet handler om, hvordan tilbudet kan iverksettes, gjennomføres og evalueres»). Kilde 002 gir SMILs profil: «SMIL er et gruppebasert lærings- og mestringstilbud for barn og unge som pårørende. SMIL er rettet mot hele familien […] Tilbudet er forebyggende […] Gruppen ledes av fagpersoner og personer med egen erfaring fra det å være pårørende barn eller unge». Et tilbud som oppgir et program, har programmets type og form, tar med målgruppene og stadiene, og gjennomføres av de rollene og den erfaringen programmet krever. Profilen er programmets, ikke en regel for alle tilbud med samme målgruppe. Samskapingsregel 5.")
    ) { context, findings in
        context.forEachOffer { position, offer in
            guard let id = offer.programme, let programmePosition = context.position(of: id) else { return }
            let programme = context.programmes[programmePosition]
            let related = [RecordReference(id, position: programmePosition)]
            func report(_ field: String, _ english: String, _ bokmal: String, fix: BilingualText, _ subject: FindingSubject) {
                var subject = subject
                subject.related = related
                findings.report(offer.id, at: position, field: field, BilingualText(english, bokmal), fix: fix, subject: subject)
            }
            // A kind or format the offer does not state is reported by completeness.stated.
            if let kind = programme.kind, let offerKind = offer.kind, kind != offerKind {
                report(
                    "kind", "The programme \(id) is a \(kind), but the offer is a \(offerKind).",
                    "Programmet \(id) er «\(kind.norwegianLabel)», men tilbudet er «\(offerKind.norwegianLabel)».",
                    fix: BilingualText("Set kind to \"\(kind)\".", "Sett kind til «\(kind)»."), FindingSubject(value: kind.rawValue))
            }
            if let format = programme.format, let offerFormat = offer.format, format != offerFormat {
                report(
                    "format", "The programme \(id) is \(format), but the offer is \(offerFormat).",
                    "Programmet \(id) er \(format.norwegianLabel), men tilbudet er \(offerFormat.norwegianLabel).",
                    fix: BilingualText("Set format to \"\(format)\".", "Sett format til «\(format)»."), FindingSubject(value: format.rawValue))
            }
            for audience in programme.audiences where !offer.audiences.contains(audience) {
                report(
                    "audiences", "The programme \(id) is for \(audience), but the offer's audiences leave them out.",
                    "Programmet \(id) er for \(audience.norwegianLabel), men tilbudets målgrupper utelater dem.",
                    fix: BilingualText("Add \"\(audience)\" to audiences.", "Legg til «\(audience)» i audiences."),
                    FindingSubject(audience: audience))
            }
            for stage in programme.stages where !offer.stages.contains(stage) {
                report(
                    "stages", "The programme \(id) serves \(stage), but the offer's stages leave it out.",
                    "Programmet \(id) er for stadiet «\(stage.norwegianLabel)», men tilbudets stadier utelater det.",
                    fix: BilingualText("Add \"\(stage)\" to stages.", "Legg til «\(stage)» i stages."),
                    FindingSubject(value: stage.rawValue))
            }
            let deliverers = offer.involvement.filter { PhaseSet($0.phases).contains(.delivery) }.map(\.person)
            let positions = deliverers.compactMap(context.position(of:))
            // Someone in delivery who is not in the catalogue may be the one: integrity.reference reports them.
            guard positions.count == deliverers.count else { return }
            let delivering = positions.map { context.people[$0] }
            for role in programme.requiredRoles where !delivering.contains(where: { $0.role == role }) {
                report(
                    "involvement", "The programme \(id) is delivered by a \(role), but nobody in that role delivers the offer.",
                    "Programmet \(id) gjennomføres av en \(role.norwegianLabel), men ingen i den rollen gjennomfører tilbudet.",
                    fix: BilingualText(
                        "Add a person with the role \"\(role)\" to the delivery.", "Legg til en person med rollen «\(role)» i gjennomføringen."),
                    FindingSubject(phase: .delivery, role: role))
            }
            for experience in programme.requiredExperience
            where !delivering.contains(where: { $0.livedExperience.contains { $0.kind == experience } }) {
                report(
                    "involvement",
                    "The programme \(id) is delivered together with someone with lived experience as \(experience), but nobody who delivers the offer has it.",
                    "Programmet \(id) gjennomføres sammen med noen med erfaring som «\(experience.norwegianLabel)», men ingen som gjennomfører tilbudet, har den.",
                    fix: BilingualText(
                        "Involve in delivery a person whose livedExperience includes \"\(experience)\".",
                        "Involver i gjennomføringen en person som har «\(experience)» i livedExperience."),
                    FindingSubject(phase: .delivery, livedExperience: experience))
            }
        }
    }

    /// `evaluation.with-users`: an offer that has run for a year has been evaluated with users.
    public static let evaluationWithUsers = CoDesignRule(
        id: "evaluation.with-users", severity: .warning,
        title: BilingualText(
            "An offer that has run for a year has been evaluated with users",
            "Et tilbud som har gått i et år, er evaluert sammen med brukere"),
        rationale: BilingualText(
            "Seed 001: «Det forutsettes at brukerrepresentanter og fagpersoner samarbeider om å planlegge, gjennomføre og evaluere tilbudene», and seed 002 lists what offers can achieve («økt kunnskap og helsekompetanse», «økt mestring og mestringstro» …), which only an evaluation shows. The texts name no interval: a year, one round of most courses, is the SDK's choice, and a profile may change the rule's severity. An offer whose schedule started at least a year before the catalogue's date (info.updated) has an evaluation record in which a user, next of kin or their representative took part. Without info.updated or a start date the rule cannot tell and stays silent. Co-design rule 1.",
            "Kilde 001: «Det forutsettes at brukerrepresentanter og fagpersoner samarbeider om å planlegge, gjennomføre og evaluere tilbudene», og kilde 002 lister opp hva tilbudene kan gi («økt kunnskap og helsekompetanse», «økt mestring og mestringstro» …), noe bare en evaluering viser. Tekstene nevner ikke hvor ofte: ett år, én runde for de fleste kurs, er SDK-ens valg, og en profil kan endre regelens alvorlighetsgrad. Et tilbud som startet minst ett år før katalogens dato (info.updated), har en evaluering der en bruker, pårørende eller representant for dem deltok. Uten info.updated eller startdato kan ikke regelen avgjøre det og sier ingenting. Samskapingsregel 1.")
    ) { context, findings in
        guard let today = context.catalog.info.updated, today.isValid else { return }
        var evaluatedWithUsers = Set<Offer.ID>()
        for evaluation in context.evaluations where evaluation.roles.contains(where: \.speaksAsUser) {
            evaluatedWithUsers.insert(evaluation.offer)
        }
        context.forEachOffer { position, offer in
            guard let start = offer.inPlace.schedule?.startDate, start.isValid,
                LocalDate(year: start.year + 1, month: start.month, day: start.day) <= today,
                !evaluatedWithUsers.contains(offer.id)
            else { return }
            findings.report(
                offer.id, at: position, field: "",
                BilingualText(
                    "The offer started on \(start) and has no evaluation in which users took part.",
                    "Tilbudet startet \(start) og har ingen evaluering der brukere deltok."),
                fix: BilingualText(
                    "Evaluate the offer together with users, and add the evaluation (with the roles that took part) to the catalogue.",
                    "Evaluer tilbudet sammen med brukere, og legg evalueringen (med rollene som deltok) inn i katalogen."),
                subject: FindingSubject(phase: .evaluation, value: start.iso8601))
        }
    }
}
