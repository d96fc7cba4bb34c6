import Mestring

/// The canonical catalogue every store must keep without loss, and the queries it must answer.
///
/// It exercises every field and every vocabulary value, Norwegian and Sami letters, quotes,
/// separators and line breaks inside texts, a long text, empty lists and missing optionals, values
/// that are *not stated* (an offer with only an identifier and a title, a provider without a kind),
/// and personal contact data. Stores are compared with the reference meaning of ``Mestring/OfferQuery``
/// (``Mestring/Catalog/offers(matching:)``) on ``queries``.
public enum ConformanceFixture {
    /// A text of about 12,000 characters with line breaks, for stores that limit field sizes.
    public static let longText: String = (1...120).map { index in
        "Avsnitt \(index): Kurset gir kunnskap om sykdommen, behandling og hverdagsliv; «sitat», \"anførsel\", semikolon; komma, og æøå ÆØÅ."
    }.joined(separator: "\n")

    /// The catalogue every check seeds the store with: every field and every vocabulary value,
    /// difficult texts, a reference to a provider that is not there, and personal contact data.
    public static let catalog: Catalog = {
        var catalog = Catalog(
            info: CatalogInfo(
                title: "Konformitetskatalog – ÆØÅ æøå", publisher: "Mestring", updated: LocalDate(year: 2026, month: 1, day: 31),
                notice: "Oppdiktede data for test.\nInvented data for tests."))
        for provider in providers { catalog.providers.upsert(provider) }
        for person in people { catalog.people.upsert(person) }
        for offer in offers { catalog.offers.upsert(offer) }
        for pathway in pathways { catalog.pathways.upsert(pathway) }
        for programme in programmes { catalog.programmes.upsert(programme) }
        for evaluation in evaluations { catalog.evaluations.upsert(evaluation) }
        return catalog
    }()

    static let providers: [Provider] = {
        var list = [
            Provider(
                id: "ahus-lms", name: LocalizedText([.bokmal: "Lærings- og mestringssenteret, Akershus universitetssykehus", .english: "Learning and Coping Centre, Ahus"]),
                kind: .hospitalLearningCentre, organisationNumber: "983 971 636", municipalities: ["3205", "3201", "0301"],
                healthTrust: "Akershus universitetssykehus HF", parent: "ahus",
                coordinatingUnit: CoordinatingUnit(name: "Koordinerende enhet, Ahus", phone: "+47 67 96 00 00", email: "ke@ahus.example"),
                website: "https://example.no/ahus/lms", phone: "+47 67 96 00 00", email: "lms@ahus.example"),
            Provider(id: "ahus", name: "Akershus universitetssykehus", kind: .hospitalDepartment),
            Provider(id: "tromso-sami", name: LocalizedText([.bokmal: "Tromsø kommune, mestring", .northernSami: "Romsa suohkan, birgen"]), kind: .municipalUnit, municipalities: ["5501"]),
            Provider(id: "provider-not-stated", name: "Tilbyder uten oppgitt type", organisationNumber: "974 589 095"),
        ]
        let remaining = ProviderKind.allCases.filter { kind in !list.contains { $0.kind == kind } }
        for (index, kind) in remaining.enumerated() {
            list.append(Provider(id: .init("provider-\(kind.rawValue)"), name: .init(bokmal: "Tilbyder \(index)"), kind: kind, municipalities: ["4601"]))
        }
        return list
    }()

    static let people: [Person] = {
        var list = [
            Person(
                id: "person-full", name: "Máret Čoavjji-Đuolbmá Åsnes", role: .peerHelper, affiliation: "provider-voluntary-organisation",
                profession: .nurse, appointedBy: .userOrganisation, healthPedagogy: HealthPedagogyCompetence(basis: "Helsepedagogikk 15 stp", completed: LocalDate(year: 2020, month: 6, day: 1)),
                livedExperience: LivedExperienceKind.allCases.map { LivedExperience(kind: $0, diagnoses: [.icd10("J44", "KOLS")], notes: "Erfaring; \"sitert\"") },
                peerTraining: PeerTraining(programme: "Likepersonskurs", completed: LocalDate(year: 2024, month: 2, day: 29)),
                listingConsent: true, contact: PersonalContact(phone: "+47 400 00 001", email: "maret@example.no")),
            Person(id: "person-minimal", name: "", role: .professional),
        ]
        for (index, role) in InvolvementRole.allCases.enumerated() {
            list.append(
                Person(
                    id: .init("person-\(role.rawValue)"), name: "Person \(role.norwegianLabel)", role: role,
                    profession: role.bringsLivedExperience ? nil : Profession.allCases[index % Profession.allCases.count],
                    appointedBy: role == .userRepresentative ? .userCouncil : nil, listingConsent: role != .professional))
        }
        for (index, profession) in Profession.allCases.enumerated() {
            list.append(Person(id: .init("person-profession-\(index)"), name: "", role: .professional, profession: profession))
        }
        return list
    }()

    static let offers: [Offer] = {
        var list = [fullOffer, minimalOffer]
        let count = [OfferKind.allCases.count, FocusKind.allCases.count, Audience.allCases.count, DeliveryMode.allCases.count,
                     CareStage.allCases.count, Outcome.allCases.count, SignUpMethod.allCases.count, ReferralRoute.allCases.count].max() ?? 0
        let titles = ["KOLS-skolen", "Pårørendekurs", "Før og etter operasjonen", "Forløp for diabetes", "Frisklivsresept",
                      "Leve med smerte", "Sámi giellagursa", "SMIL – barn som pårørende"]
        let diagnoses: [[DiagnosisCode]] = [[.icd10("J44")], [.icd10("E11.9")], [.icd10("E11")], [.icpc2("R95")], [], [.icd10("F32"), .icpc2("P76")], [.icd10("e11.65")]]
        let places: [[MunicipalityNumber]] = [["0301"], ["4601", "4627"], ["5501"], [], ["3205"]]
        let languages: [[LanguageTag]] = [["nb"], ["nb", "se"], ["en", "ar"], [], ["nn"]]
        let providerIDs = providers.map(\.id) + ["missing-provider"]
        for index in 0..<max(count, 12) {
            func pick<T>(_ values: [T]) -> T { values[index % values.count] }
            list.append(
                Offer(
                    id: .init("offer-\(index < 10 ? "0" : "")\(index)"), title: .init(bokmal: pick(titles) + " \(index)"),
                    summary: index % 3 == 0 ? nil : .init([.bokmal: "Om \(pick(titles).lowercased()) for pasienter", .nynorsk: "Om kurset for pasientar"]),
                    kind: pick(OfferKind.allCases), format: pick(OfferFormat.allCases), provider: pick(providerIDs),
                    focus: pick(FocusKind.allCases), diagnoses: pick(diagnoses), method: pick(OfferMethod.allCases),
                    stages: [pick(CareStage.allCases)], audiences: [pick(Audience.allCases)],
                    deliveryMode: index % 5 == 4 ? nil : pick(DeliveryMode.allCases), languages: pick(languages),
                    signUp: SignUp(method: pick(SignUpMethod.allCases)), municipalities: pick(places),
                    involvement: [Involvement(person: pick(people).id, phases: [pick(InvolvementPhase.allCases)])],
                    expectedOutcomes: [pick(Outcome.allCases)], programme: index % 4 == 1 ? "programme-smil" : nil,
                    routes: index % 3 == 2 ? [] : [pick(ReferralRoute.allCases)], requiresSpecialistCompetence: index % 2 == 0))
        }
        return list
    }()

    static let fullOffer = Offer(
        id: "offer-full", title: LocalizedText([.bokmal: "Lærings- og mestringskurs: KOLS, «hverdag» og \"pust\"", .nynorsk: "Meistringskurs for KOLS", .english: "COPD; living, breathing, coping", .northernSami: "Oahppan- ja birgenkursa: KOLS, čđŋšŧž"]),
        summary: LocalizedText([.bokmal: longText, .english: "Line one\r\nLine two\nTab\there, emoji 🫁, comma, semicolon;"]),
        kind: .groupProgramme, format: .group, provider: "ahus-lms", partners: ["tromso-sami", "provider-voluntary-organisation"],
        focus: .diagnosisSpecific, diagnoses: [.icd10("J44", "Kronisk obstruktiv lungesykdom"), .icpc2("R95", "KOLS")],
        themes: ["pust", "ernæring; søvn", "fysisk aktivitet, \"trening\""], method: .equalFooting, stages: CareStage.allCases,
        audiences: Audience.allCases, deliveryMode: .hybrid, languages: ["nb", "se", "nsl"],
        accessibility: Accessibility(wheelchairAccessible: true, hearingLoop: false, interpreterAvailable: true, easyRead: nil, notes: "Tolk bestilles"),
        eligibility: Eligibility(minimumAge: 18, maximumAge: 120, residentsOnly: true, notes: "Henvisning fra fastlege"),
        schedule: Schedule(
            startDate: LocalDate(year: 2026, month: 3, day: 2), endDate: LocalDate(year: 2026, month: 4, day: 13), sessionCount: 4,
            sessions: [
                Session(date: LocalDate(year: 2026, month: 3, day: 2), start: TimeOfDay(hour: 9, minute: 0), durationMinutes: 180, topic: "Hva er KOLS?"),
                Session(date: LocalDate(year: 2026, month: 3, day: 9)),
            ], notes: "Vår og høst"),
        capacity: 14, price: Price(amount: 0, notes: "Gratis"),
        signUp: SignUp(method: .either, url: "https://example.no/pamelding?kurs=kols&x=1", phone: "+47 67 96 00 00", email: "lms@ahus.example", deadline: LocalDate(year: 2026, month: 2, day: 20), instructions: "Ring eller meld deg på nett"),
        municipalities: ["3205", "3201", "0301"], venue: "Sykehusveien 25, 1478 Lørenskog", website: "https://example.no/kols",
        involvement: [
            Involvement(person: "person-full", phases: InvolvementPhase.allCases),
            Involvement(person: "person-professional", phases: [.delivery, .planning]),
            Involvement(person: "person-user-representative", phases: []),
        ],
        expectedOutcomes: Outcome.allCases, programme: "programme-missing", routes: ReferralRoute.allCases,
        requiresSpecialistCompetence: true)

    /// Only what every offer needs: everything else is not stated.
    static let minimalOffer = Offer(id: "offer-minimal", title: LocalizedText())

    static let pathways: [Pathway] = [
        Pathway(
            id: "pathway-kols", name: LocalizedText([.bokmal: "KOLS-forløp", .northernSami: "KOLS-proseassa"]), summary: "Fra sykehus til kommune",
            audiences: [.patients, .nextOfKin], conditions: [.icd10("J44"), .icpc2("R95")],
            steps: [
                PathwayStep(
                    offer: "offer-full", stage: .treatment, handOver: "Koordinerende enhet melder til kommunen", handOverUnit: "ahus-lms"),
                PathwayStep(offerKind: .lifestyleChange, level: .municipal, stage: .rehabilitation),
                PathwayStep(offer: "offer-03", offerKind: .peerGroup, level: .voluntary, stage: .followUp, handOver: LocalizedText([.english: "Self-referral"])),
            ]),
        Pathway(id: "pathway-empty", name: "Tomt forløp"),
    ]

    static let programmes: [Programme] = [
        Programme(
            id: "programme-smil", name: LocalizedText([.bokmal: "SMIL – «barn som pårørende»", .northernSami: "SMIL – mánát"]),
            summary: LocalizedText([.bokmal: "Gruppetilbud; for hele familien\nmed barnas behov i sentrum", .english: "Family \"group\""]),
            owner: "provider-national-competence-service", guide: "https://example.no/smil-guide?side=1&x=2", kind: .familyProgramme,
            format: .group, audiences: Audience.allCases, stages: CareStage.allCases, requiredRoles: InvolvementRole.allCases,
            requiredExperience: LivedExperienceKind.allCases),
        Programme(id: "programme-minimal", name: LocalizedText()),
    ]

    static let evaluations: [Evaluation] = [
        Evaluation(
            id: "evaluation-full", offer: "offer-full", date: LocalDate(year: 2026, month: 6, day: 10), roles: InvolvementRole.allCases,
            participantCount: 0,
            measurements: Outcome.allCases.enumerated().map { index, outcome in
                OutcomeMeasurement(
                    outcome: outcome, method: index % 6 == 5 ? nil : EvaluationMethod.allCases[index % EvaluationMethod.allCases.count],
                    instrument: index == 0 ? "General Self-Efficacy Scale; «GSE», \"norsk\"" : nil)
            },
            summary: LocalizedText([.bokmal: "Økt mestringstro;\nfærre tilbakefall", .nynorsk: "Auka meistringstru"])),
        Evaluation(id: "evaluation-minimal", offer: "missing-offer", date: LocalDate(year: 2025, month: 12, day: 31)),
        Evaluation(id: "evaluation-second", offer: "offer-full", date: LocalDate(year: 2027, month: 2, day: 28), participantCount: 27),
    ]

    /// Queries that together use every dimension of ``Mestring/OfferQuery``, alone and combined.
    public static let queries: [OfferQuery] = [
        OfferQuery(),
        OfferQuery(municipalities: ["0301"]),
        OfferQuery(municipalities: ["4627", "5501"]),
        OfferQuery(municipalities: ["9999"]),
        OfferQuery(audiences: [.nextOfKin]),
        OfferQuery(audiences: [.youngNextOfKin, .families]),
        OfferQuery(diagnoses: [.icd10("E11")]),
        OfferQuery(diagnoses: [.icd10("e11.9")]),
        OfferQuery(diagnoses: [.icpc2("R95"), .icd10("F32")]),
        OfferQuery(diagnoses: [.icd10("J4")]),
        OfferQuery(kinds: [.peerGroup, .familyProgramme]),
        OfferQuery(levels: [.municipal]),
        OfferQuery(levels: [.specialist, .voluntary]),
        OfferQuery(languages: ["se"]),
        OfferQuery(languages: ["NB"]),
        OfferQuery(deliveryModes: [.digital, .selfPaced]),
        OfferQuery(stages: [.prevention]),
        OfferQuery(text: "kols"),
        OfferQuery(text: "KOLS-skolen"),
        OfferQuery(text: "pårørende"),
        OfferQuery(text: "PÅRØRENDE"),
        OfferQuery(text: "for"),
        OfferQuery(text: "før"),
        OfferQuery(text: "diabet forløp"),
        OfferQuery(text: "giellagursa"),
        OfferQuery(text: "čđŋšŧž"),
        OfferQuery(text: "pasientar"),
        OfferQuery(text: "   "),
        OfferQuery(text: "\"; DROP TABLE offers; --"),
        OfferQuery(text: "kurs*"),
        OfferQuery(municipalities: ["4601"], audiences: [.patients, .users], kinds: Set(OfferKind.allCases), text: "kurs"),
        OfferQuery(levels: [.specialist], limit: 3),
        OfferQuery(limit: 0),
        OfferQuery(text: "kurs", ordering: .relevance),
        OfferQuery(text: "kurs", ordering: .relevance, limit: 2),
        OfferQuery(text: "kols pust", ordering: .relevance, limit: 50),
    ]
}
