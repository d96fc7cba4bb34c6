import Mestring

/// A small catalogue that satisfies every built-in rule, for tests to break one rule at a time.
///
/// Positions matter, because findings name them: providers `hospital`(0), `healthy-life`(1),
/// `organisation`(2), `national-organisation`(3); offers `hospital-course`(0), `lifestyle`(1),
/// `living-with`(2), `peer-group`(3), `smil`(4); people `nurse`(0), `user`(1), `peer`(2),
/// `young`(3), `planner`(4); pathway `copd`(0).
enum ValidationFixture {
    static let allPhases = InvolvementPhase.allCases

    static var clean: Catalog {
        Catalog(
            info: CatalogInfo(title: "Testkatalog", updated: LocalDate(year: 2026, month: 1, day: 31)),
            providers: [
                Provider(
                    id: "hospital", name: "Lærings- og mestringssenteret", kind: .hospitalLearningCentre,
                    organisationNumber: "974 589 095", municipalities: ["4601"],
                    coordinatingUnit: CoordinatingUnit(name: "Koordinerende enhet", phone: "55 00 00 00")),
                Provider(
                    id: "healthy-life", name: "Frisklivssentralen", kind: .healthyLifeCentre,
                    organisationNumber: "964012342", municipalities: ["4601"]),
                Provider(
                    id: "organisation", name: "Pasientforeningen, Bergen", kind: .voluntaryOrganisation,
                    organisationNumber: "987654325", municipalities: ["4601"], parent: "national-organisation"),
                Provider(id: "national-organisation", name: "Pasientforeningen", kind: .voluntaryOrganisation),
            ],
            offers: [
                offer("hospital-course", kind: .groupProgramme, provider: "hospital", focus: .diagnosisSpecific, specialist: true),
                offer("lifestyle", kind: .lifestyleChange, provider: "healthy-life", focus: .theme),
                offer("living-with", kind: .groupProgramme, provider: "healthy-life", focus: .livingWith),
                offer(
                    "peer-group", kind: .peerGroup, provider: "organisation", focus: .livingWith,
                    involvement: [Involvement(person: "peer", phases: allPhases)]),
                offer(
                    "smil", kind: .familyProgramme, provider: "healthy-life", focus: .crossDiagnosis,
                    audiences: [.youngNextOfKin, .families],
                    involvement: [
                        Involvement(person: "nurse", phases: allPhases), Involvement(person: "young", phases: allPhases),
                        Involvement(person: "planner", phases: [.planning]),
                    ]),
            ],
            people: [
                Person(
                    id: "nurse", name: "Sykepleier", role: .professional, affiliation: "hospital", profession: .nurse,
                    healthPedagogy: HealthPedagogyCompetence(basis: "Helsepedagogikk 15 stp", completed: LocalDate(year: 2020, month: 6, day: 1))),
                Person(
                    id: "user", name: "Erfaren bruker", role: .experiencedUser, affiliation: "organisation",
                    livedExperience: [LivedExperience(kind: .ownIllness)], listingConsent: true),
                Person(
                    id: "peer", name: "Likeperson", role: .peerHelper, affiliation: "organisation",
                    peerTraining: PeerTraining(programme: "Likepersonskurs", completed: LocalDate(year: 2024, month: 2, day: 29)),
                    listingConsent: true),
                Person(
                    id: "young", name: "Tidligere ung pårørende", role: .userRepresentative, appointedBy: .userOrganisation,
                    livedExperience: [LivedExperience(kind: .youngNextOfKin)], listingConsent: true),
                // A professional who only plans: needs no recorded health-pedagogy competence.
                Person(id: "planner", name: "Planlegger", role: .professional),
            ],
            pathways: [
                Pathway(
                    id: "copd", name: "KOLS-forløp",
                    steps: [
                        PathwayStep(
                            offer: "hospital-course", stage: .treatment, handOver: "Koordinerende enhet melder fra",
                            handOverUnit: "hospital"),
                        PathwayStep(
                            offerKind: .lifestyleChange, level: .municipal, stage: .rehabilitation,
                            handOver: "Frisklivsveilederen gir kontakt med pasientforeningen"),
                        PathwayStep(offer: "peer-group", offerKind: .peerGroup, level: .voluntary, stage: .followUp),
                    ])
            ])
    }

    /// SMIL's profile as seed 002 gives it: a group for children and young people as next of kin
    /// and the whole family, preventive, led by professionals and people who were young next of kin.
    static let smilProgramme = Programme(
        id: "smil", name: "SMIL", kind: .familyProgramme, format: .group, audiences: [.youngNextOfKin, .families],
        stages: [.prevention], requiredRoles: [.professional], requiredExperience: [.youngNextOfKin])

    static func offer(
        _ id: Offer.ID, kind: OfferKind, provider: Provider.ID, focus: FocusKind, specialist: Bool = false,
        audiences: [Audience] = [.patients, .nextOfKin],
        involvement: [Involvement] = [
            Involvement(person: "nurse", phases: allPhases), Involvement(person: "user", phases: allPhases),
        ]
    ) -> Offer {
        Offer(
            id: id, title: LocalizedText(bokmal: "Tilbud \(id)"), kind: kind, format: .group, provider: provider, focus: focus,
            diagnoses: focus == .diagnosisSpecific ? [.icd10("J44", "KOLS")] : [], themes: focus == .theme ? ["ernæring"] : [],
            method: .equalFooting, stages: [.treatment], audiences: audiences, deliveryMode: .inPerson, languages: ["nb", "se"],
            accessibility: Accessibility(wheelchairAccessible: true),
            eligibility: Eligibility(minimumAge: 18, maximumAge: 99),
            schedule: Schedule(
                startDate: LocalDate(year: 2026, month: 3, day: 2), endDate: LocalDate(year: 2026, month: 4, day: 13),
                sessionCount: 2,
                sessions: [
                    Session(date: LocalDate(year: 2026, month: 3, day: 2), durationMinutes: 120),
                    Session(date: LocalDate(year: 2026, month: 4, day: 13), durationMinutes: 90),
                ]),
            capacity: 12, price: .free, signUp: SignUp(method: .selfReferral, url: "https://example.no/pamelding"),
            municipalities: ["4601"], involvement: involvement, requiresSpecialistCompetence: specialist)
    }
}

extension Catalog {
    /// Changes the record with this identifier in place (keeping its position), for breaking one rule.
    mutating func change<Record: CatalogRecord>(_ id: Identifier<Record>, _ change: (inout Record) -> Void) {
        guard var record = self[id: id] else { preconditionFailure("the fixture has no record \(id)") }
        change(&record)
        upsert(record)
    }
}
