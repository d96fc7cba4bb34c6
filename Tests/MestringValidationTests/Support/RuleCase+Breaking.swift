import Mestring
import MestringValidation

extension RuleCase {
    /// At least one way to break every built-in rule.
    static let breaking: [RuleCase] = coDesign + placementAndPathways + integrity + access + completeness

    /// Taken from the texts' own examples where they give one (the seed is named in the case).
    static let coDesign: [RuleCase] = [
        RuleCase("codesign.phases", "nobody evaluates the group course (001: «planlegge, gjennomføre og evaluere»)", fields: ["offers[0].involvement"]) {
            catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in
                offer.involvement = offer.involvement.map { Involvement(person: $0.person, phases: [.planning, .delivery]) }
            }
        },
        RuleCase("codesign.phases", "only a professional evaluates", fields: ["offers[1].involvement"]) { catalog in
            catalog.change(Offer.ID("lifestyle")) { offer in
                offer.involvement[1].phases = [.planning, .delivery]
            }
        },
        RuleCase("codesign.phases", "only a professional delivers the group", fields: ["offers[2].involvement"]) { catalog in
            catalog.change(Offer.ID("living-with")) { offer in offer.involvement[1].phases = [.planning, .evaluation] }
        },
        RuleCase(
            "codesign.phases", "a professional's own lived experience is not user involvement",
            fields: ["offers[2].involvement", "offers[2].involvement"]
        ) { catalog in
            catalog.change(Person.ID("nurse")) { person in person.livedExperience = [LivedExperience(kind: .ownIllness)] }
            catalog.change(Offer.ID("living-with")) { offer in offer.involvement[1].phases = [.delivery] }
        },
        RuleCase(
            "codesign.phases-individual", "individual education (001) that no user evaluates", fields: ["offers[0].involvement"]
        ) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in
                offer.kind = .individualEducation
                offer.format = .individual
                offer.involvement[1].phases = [.planning, .delivery]
            }
        },
        RuleCase("codesign.appointed-by", "a user representative who does not say who appointed them", fields: ["people[3].appointedBy"]) {
            catalog in
            catalog.change(Person.ID("young")) { person in person.appointedBy = nil }
        },
        RuleCase(
            "evaluation.with-users", "a year on, one offer evaluated by professionals only (001: «evaluere»)",
            fields: ["offers[3]"]
        ) { catalog in
            catalog.info.updated = LocalDate(year: 2027, month: 3, day: 2)
            for offer in ["hospital-course", "lifestyle", "living-with", "smil"] {
                catalog.upsert(
                    Evaluation(
                        id: .init("\(offer)-2026"), offer: .init(offer), date: LocalDate(year: 2026, month: 4, day: 20),
                        roles: [.professional, .experiencedUser], participantCount: 9))
            }
            catalog.upsert(
                Evaluation(id: "peer-group-2026", offer: "peer-group", date: LocalDate(year: 2026, month: 4, day: 20), roles: [.professional]))
        },
        RuleCase(
            "programme.fidelity", "SMIL run for young next of kin only, in treatment (002: «rettet mot hele familien», «forebyggende»)",
            fields: ["offers[4].audiences", "offers[4].stages"]
        ) { catalog in
            catalog.upsert(ValidationFixture.smilProgramme)
            catalog.change(Offer.ID("smil")) { offer in
                offer.programme = "smil"
                offer.audiences = [.youngNextOfKin]
            }
        },
        RuleCase(
            "programme.fidelity", "SMIL led without anyone who was a young next of kin, held one to one (002: «ledes av»)",
            fields: ["offers[4].format", "offers[4].involvement"]
        ) { catalog in
            catalog.upsert(ValidationFixture.smilProgramme)
            catalog.change(Offer.ID("smil")) { offer in
                offer.programme = "smil"
                offer.stages = [.prevention]
                offer.format = .individual
                offer.involvement[1].person = "user"
            }
        },
        RuleCase("codesign.co-led-group", "no professional delivers", fields: ["offers[2].involvement"]) { catalog in
            catalog.change(Offer.ID("living-with")) { offer in offer.involvement[0].phases = [.planning, .evaluation] }
        },
        RuleCase(
            "codesign.health-pedagogy", "delivering nurse without competence",
            fields: [
                "offers[0].involvement[0].person", "offers[1].involvement[0].person", "offers[2].involvement[0].person",
                "offers[4].involvement[0].person", "people[0].healthPedagogy",
            ]
        ) { catalog in
            catalog.change(Person.ID("nurse")) { person in person.healthPedagogy = nil }
        },
        RuleCase(
            "codesign.health-pedagogy", "competence without basis",
            fields: [
                "offers[0].involvement[0].person", "offers[1].involvement[0].person", "offers[2].involvement[0].person",
                "offers[4].involvement[0].person", "people[0].healthPedagogy",
            ]
        ) { catalog in
            catalog.change(Person.ID("nurse")) { person in person.healthPedagogy = HealthPedagogyCompetence(basis: " ") }
        },
        RuleCase("codesign.peer-helper", "peer training under way", fields: ["people[2].peerTraining"]) { catalog in
            catalog.change(Person.ID("peer")) { person in person.peerTraining?.completed = nil }
        },
        RuleCase("codesign.peer-helper", "no training recorded", fields: ["people[2].peerTraining"]) { catalog in
            catalog.change(Person.ID("peer")) { person in person.peerTraining = nil }
        },
        RuleCase(
            "codesign.young-next-of-kin", "SMIL co-led by someone who was never a young next of kin (002)",
            fields: ["offers[4].involvement"]
        ) { catalog in
            catalog.change(Offer.ID("smil")) { offer in offer.involvement[1].person = "user" }
        },
        RuleCase(
            "codesign.young-next-of-kin", "the former young next of kin plans and evaluates but does not lead (002: «ledes av»)",
            fields: ["offers[4].involvement"]
        ) { catalog in
            catalog.change(Offer.ID("smil")) { offer in
                offer.involvement[1].phases = [.planning, .evaluation]
                offer.involvement.append(Involvement(person: "user", phases: [.delivery]))
            }
        },
        RuleCase(
            "offer.consistency", "a diagnosis-specific course that names no diagnosis (003: «rettet mot én spesifikk diagnose»)",
            fields: ["offers[0].diagnoses"]
        ) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in offer.diagnoses = [] }
        },
        RuleCase(
            "offer.consistency", "a theme offer without a theme (003), a peer conversation held as a group (001)",
            fields: ["offers[1].themes", "offers[1].format"]
        ) { catalog in
            catalog.change(Offer.ID("lifestyle")) { offer in
                offer.themes = [" "]
                offer.kind = .peerConversation
            }
        },
    ]

    static let placementAndPathways: [RuleCase] = [
        RuleCase("placement.level", "municipal offer claims specialist competence", fields: ["offers[2].requiresSpecialistCompetence"]) {
            catalog in
            catalog.change(Offer.ID("living-with")) { offer in offer.requiresSpecialistCompetence = true }
        },
        RuleCase("placement.living-with-at-hospital", "everyday living at the hospital", fields: ["offers[0].focus"]) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in
                offer.focus = .livingWith
                offer.requiresSpecialistCompetence = false
            }
        },
        RuleCase("pathway.step-resolves", "step names nothing", fields: ["pathways[0].steps[1]"]) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in pathway.steps[1].offerKind = nil }
        },
        RuleCase(
            "pathway.step-resolves", "step disagrees with its offer",
            fields: ["pathways[0].steps[0].offerKind", "pathways[0].steps[0].level"]
        ) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in
                pathway.steps[0].offerKind = .eLearning
                pathway.steps[0].level = .municipal
            }
        },
        RuleCase("pathway.crosses-levels", "stays at the hospital", fields: ["pathways[0].steps"]) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in
                pathway.steps[1].level = .specialist
                pathway.steps.removeLast()
            }
        },
        RuleCase("pathway.crosses-levels", "starts in the municipality and stays there", fields: ["pathways[0].steps"]) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in
                pathway.steps = [
                    PathwayStep(offer: "lifestyle", stage: .rehabilitation), PathwayStep(offer: "living-with", stage: .followUp),
                ]
            }
        },
        RuleCase(
            "pathway.hand-over", "hospital to municipality and on to the user organisation without a word (004)",
            fields: ["pathways[0].steps[0].handOver", "pathways[0].steps[1].handOver"]
        ) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in
                pathway.steps[0].handOver = nil
                pathway.steps[1].handOver = LocalizedText([.bokmal: " ", .northernSami: ""])
            }
        },
        RuleCase(
            "pathway.hand-over", "from the hospital without naming the coordinating unit (004: «kontaktpunkt»)",
            fields: ["pathways[0].steps[0].handOverUnit"]
        ) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in pathway.steps[0].handOverUnit = nil }
        },
        RuleCase(
            "pathway.hand-over", "through a healthy-life centre, which has no coordinating unit",
            fields: ["pathways[0].steps[0].handOverUnit"]
        ) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in pathway.steps[0].handOverUnit = "healthy-life" }
        },
        RuleCase(
            "pathway.coordinating-unit", "a hospital learning-and-coping centre without a coordinating unit (004)",
            fields: ["providers[4].coordinatingUnit"]
        ) { catalog in
            catalog.upsert(Provider(id: "second-centre", name: "Lærings- og mestringssenteret, Voss", kind: .hospitalLearningCentre))
        },
        RuleCase("pathway.stage-order", "goes back to prevention", fields: ["pathways[0].steps[2].stage"]) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in pathway.steps[2].stage = .prevention }
        },
    ]

    static let integrity: [RuleCase] = [
        RuleCase("integrity.unique-id", "repeated and empty identifiers", fields: ["people[5].id", "people[6].id"]) { catalog in
            catalog.people = RecordCollection(
                Array(catalog.people) + [Person(id: "user", name: "Kopi", role: .experiencedUser), Person(id: "", name: "Uten id", role: .professional)])
        },
        RuleCase(
            "integrity.reference", "nothing resolves",
            fields: [
                "providers[2].parent", "offers[1].partners[0]", "offers[1].involvement[2].person", "people[1].affiliation",
                "pathways[0].steps[2].offer",
            ]
        ) { catalog in
            catalog.change(Provider.ID("organisation")) { provider in provider.parent = "missing" }
            catalog.change(Offer.ID("lifestyle")) { offer in
                offer.partners = ["missing"]
                offer.involvement.append(Involvement(person: "ghost", phases: [.evaluation]))
            }
            catalog.change(Person.ID("user")) { person in person.affiliation = "missing" }
            catalog.change(Pathway.ID("copd")) { pathway in pathway.steps[2].offer = "missing" }
        },
        RuleCase("integrity.reference", "unknown provider", fields: ["offers[0].provider"]) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in offer.provider = "missing" }
        },
        RuleCase("integrity.organisation-number", "wrong check digit", fields: ["providers[0].organisationNumber"]) { catalog in
            catalog.change(Provider.ID("hospital")) { provider in provider.organisationNumber = "974589094" }
        },
        RuleCase(
            "integrity.municipality", "9999 and a merged-away number",
            fields: ["providers[1].municipalities[1]", "offers[0].municipalities[1]"]
        ) { catalog in
            catalog.change(Provider.ID("healthy-life")) { provider in provider.municipalities.append("1201") }
            catalog.change(Offer.ID("hospital-course")) { offer in offer.municipalities.append("9999") }
        },
        RuleCase(
            "integrity.date", "impossible dates",
            fields: [
                "info.updated", "offers[0].signUp.deadline", "offers[0].schedule.startDate", "offers[0].schedule.sessions[0].date",
                "people[2].peerTraining.completed",
            ]
        ) { catalog in
            catalog.info.updated = LocalDate(year: 2026, month: 2, day: 30)
            catalog.change(Offer.ID("hospital-course")) { offer in
                offer.signUp?.deadline = LocalDate(year: 2026, month: 13, day: 1)
                offer.schedule?.startDate = LocalDate(year: 2026, month: 4, day: 31)
                offer.schedule?.sessions[0].date = LocalDate(year: 2026, month: 0, day: 1)
            }
            catalog.change(Person.ID("peer")) { person in person.peerTraining?.completed = LocalDate(year: 2023, month: 2, day: 29) }
        },
        RuleCase("integrity.date", "ends before it starts", fields: ["offers[0].schedule.endDate"]) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in offer.schedule?.endDate = LocalDate(year: 2026, month: 3, day: 1) }
        },
        RuleCase("integrity.date", "session outside the period", fields: ["offers[0].schedule.sessions[1].date"]) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in offer.schedule?.sessions[1].date = LocalDate(year: 2026, month: 5, day: 1) }
        },
        RuleCase("integrity.age", "ages outside 0–120", fields: ["offers[0].eligibility.minimumAge", "offers[0].eligibility.maximumAge"]) {
            catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in offer.eligibility = Eligibility(minimumAge: -1, maximumAge: 130) }
        },
        RuleCase("integrity.age", "minimum above maximum", fields: ["offers[0].eligibility.maximumAge"]) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in offer.eligibility = Eligibility(minimumAge: 60, maximumAge: 18) }
        },
        RuleCase(
            "integrity.quantity", "zeros and a negative price",
            fields: ["offers[0].capacity", "offers[0].price.amount", "offers[0].schedule.sessionCount", "offers[0].schedule.sessions[1].durationMinutes"]
        ) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in
                offer.capacity = 0
                offer.price = Price(amount: -100)
                offer.schedule?.sessionCount = 0
                offer.schedule?.sessions[1].durationMinutes = 0
            }
        },
        RuleCase("integrity.language-tag", "malformed tags", fields: ["offers[0].languages[0]", "offers[0].languages[2]"]) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in offer.languages = ["norsk bokmål", "nb", "nb-"] }
        },
    ]

    static let access: [RuleCase] = [
        RuleCase(
            "access.stated", "nothing stated",
            fields: ["offers[0].languages", "offers[0].deliveryMode", "offers[0].accessibility"]
        ) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in
                offer.languages = []
                offer.deliveryMode = nil
                offer.accessibility = nil
            }
        },
        RuleCase("access.stated", "empty accessibility", fields: ["offers[0].accessibility"]) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in offer.accessibility = Accessibility() }
        },
        RuleCase("access.sign-up", "no sign-up", fields: ["offers[0].signUp"]) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in offer.signUp = nil }
        },
        RuleCase("access.sign-up", "sign-up without a channel", fields: ["offers[0].signUp"]) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in offer.signUp = SignUp(method: .referral, url: "") }
        },
    ]

    static let completeness: [RuleCase] = [
        RuleCase(
            "completeness.stated", "an offer with only an identifier and a title (and its sign-up and people)",
            fields: ["offers[1].kind", "offers[1].format", "offers[1].provider", "offers[1].focus", "offers[1].method"]
        ) { catalog in
            catalog.change(Offer.ID("lifestyle")) { offer in
                offer.kind = nil
                offer.format = nil
                offer.provider = nil
                offer.focus = nil
                offer.method = nil
            }
        },
        RuleCase("completeness.stated", "a provider of a kind not stated", fields: ["providers[3].kind"]) { catalog in
            catalog.change(Provider.ID("national-organisation")) { provider in provider.kind = nil }
        },
    ]
}
