import Mestring
import MestringValidation

extension RuleCase {
    /// Near misses: catalogues a rule must accept although they look like what it reports.
    static let satisfying: [RuleCase] = [
        RuleCase("codesign.phases", "an unknown person evaluates (integrity.reference reports it)", fields: []) { catalog in
            catalog.change(Offer.ID("lifestyle")) { offer in
                offer.involvement[1].phases = [.planning, .delivery]
                offer.involvement.append(Involvement(person: "ghost", phases: [.evaluation]))
            }
        },
        RuleCase("codesign.phases", "an individual offer: users plan and evaluate, a professional delivers", fields: []) { catalog in
            catalog.change(Offer.ID("lifestyle")) { offer in
                offer.format = .individual
                offer.involvement[1].phases = [.planning, .evaluation]
            }
        },
        RuleCase("codesign.phases", "e-learning delivered without users (000: «e-læringstilbud»)", fields: []) { catalog in
            catalog.change(Offer.ID("lifestyle")) { offer in
                offer.kind = .eLearning
                offer.involvement[1].phases = [.planning, .evaluation]
            }
        },
        RuleCase(
            "codesign.phases-individual", "individual education (001) delivered by the nurse alone, planned and evaluated with a user",
            fields: []
        ) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in
                offer.kind = .individualEducation
                offer.format = .individual
                offer.involvement[1].phases = [.planning, .evaluation]
            }
        },
        RuleCase("codesign.appointed-by", "a user representative who takes part in no offer", fields: []) { catalog in
            catalog.upsert(Person(id: "council-member", name: "Brukerrådsmedlem", role: .userRepresentative))
        },
        RuleCase("evaluation.with-users", "a day short of a year, and every offer evaluated with users", fields: []) { catalog in
            catalog.info.updated = LocalDate(year: 2027, month: 3, day: 1)
            catalog.upsert(
                Evaluation(id: "smil-2026", offer: "smil", date: LocalDate(year: 2026, month: 4, day: 20), roles: [.nextOfKinRepresentative]))
        },
        RuleCase("programme.fidelity", "SMIL as its guide describes it, for the family and its next of kin too", fields: []) { catalog in
            catalog.upsert(ValidationFixture.smilProgramme)
            catalog.change(Offer.ID("smil")) { offer in
                offer.programme = "smil"
                offer.stages = [.prevention, .earlyIntervention]
                offer.audiences = [.youngNextOfKin, .families, .nextOfKin]
            }
        },
        RuleCase("codesign.co-led-group", "an individual offer delivered without a professional", fields: []) { catalog in
            catalog.change(Offer.ID("living-with")) { offer in
                offer.format = .individual
                offer.involvement[0].phases = [.planning, .evaluation]
            }
        },
        RuleCase("codesign.co-led-group", "a peer group led by a peer helper alone (001: «erfaringsdeling»)", fields: []) { _ in },
        RuleCase("codesign.health-pedagogy", "a professional who only plans", fields: []) { _ in },
        RuleCase("codesign.peer-helper", "an untrained peer helper who delivers nothing", fields: []) { catalog in
            catalog.upsert(Person(id: "trainee", name: "Under opplæring", role: .peerHelper))
        },
        RuleCase("codesign.peer-helper", "a trained peer helper who has not consented to be listed", fields: []) { catalog in
            catalog.change(Person.ID("peer")) { person in person.listingConsent = false }
        },
        RuleCase("codesign.young-next-of-kin", "a family offer not for young next of kin", fields: []) { catalog in
            catalog.change(Offer.ID("lifestyle")) { offer in offer.audiences = [.families] }
        },
        RuleCase(
            "codesign.young-next-of-kin", "an offer for young next of kin that does not address the whole family", fields: []
        ) { catalog in
            catalog.change(Offer.ID("smil")) { offer in offer.audiences = [.youngNextOfKin] }
        },
        RuleCase(
            "offer.consistency", "a cross-diagnosis lung group that names its diagnoses, a peer conversation one to one", fields: []
        ) { catalog in
            catalog.change(Offer.ID("living-with")) { offer in
                offer.focus = .crossDiagnosis
                offer.diagnoses = [.icd10("J44"), .icd10("J45")]
            }
            catalog.change(Offer.ID("lifestyle")) { offer in
                offer.kind = .peerConversation
                offer.format = .individual
            }
        },
        RuleCase("placement.level", "a voluntary offer that needs specialist competence", fields: []) { catalog in
            catalog.change(Offer.ID("peer-group")) { offer in offer.requiresSpecialistCompetence = true }
        },
        RuleCase("placement.living-with-at-hospital", "a hospital offer about a diagnosis, without specialist competence", fields: []) {
            catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in offer.requiresSpecialistCompetence = false }
        },
        RuleCase("pathway.step-resolves", "a step with a kind and no level", fields: []) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in pathway.steps[1].level = nil }
        },
        RuleCase(
            "pathway.crosses-levels", "starts in the municipality and continues in a user organisation's peer group (004)", fields: []
        ) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in pathway.steps.removeFirst() }
        },
        RuleCase("pathway.crosses-levels", "a later step at an unknown level", fields: []) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in
                pathway.steps[1].level = nil
                pathway.steps[2] = PathwayStep(offerKind: .peerGroup, stage: .followUp)
            }
        },
        RuleCase("pathway.hand-over", "from the municipality to a user organisation needs no coordinating unit", fields: []) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in pathway.steps[1].handOverUnit = nil }
        },
        RuleCase("pathway.hand-over", "the last step, and a step to an unknown level, need no hand-over", fields: []) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in
                pathway.steps[1].level = nil
                pathway.steps[1].handOver = nil
            }
        },
        RuleCase("pathway.coordinating-unit", "the unit is recorded on the hospital the centre belongs to", fields: []) { catalog in
            catalog.upsert(
                Provider(
                    id: "hospital-trust", name: "Sykehuset", kind: .hospitalDepartment,
                    coordinatingUnit: CoordinatingUnit(name: "Koordinerende enhet", email: "ke@example.no")))
            catalog.change(Provider.ID("hospital")) { provider in
                provider.coordinatingUnit = nil
                provider.parent = "hospital-trust"
            }
        },
        RuleCase("pathway.stage-order", "two steps at the same stage", fields: []) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in pathway.steps[2].stage = .rehabilitation }
        },
        RuleCase("integrity.unique-id", "the same identifier in two record kinds", fields: []) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in pathway.id = "hospital-course" }
        },
        RuleCase("integrity.reference", "a person without affiliation, a provider without parent", fields: []) { catalog in
            catalog.change(Person.ID("user")) { person in person.affiliation = nil }
            catalog.change(Provider.ID("organisation")) { provider in provider.parent = nil }
        },
        RuleCase("integrity.organisation-number", "no organisation number, or one written with spaces", fields: []) { catalog in
            catalog.change(Provider.ID("healthy-life")) { provider in provider.organisationNumber = nil }
            catalog.change(Provider.ID("organisation")) { provider in provider.organisationNumber = " 987 654 325 " }
        },
        RuleCase("integrity.municipality", "a number with surrounding spaces, and none at all", fields: []) { catalog in
            catalog.change(Provider.ID("healthy-life")) { provider in provider.municipalities = [" 4601 "] }
            catalog.change(Provider.ID("national-organisation")) { provider in provider.municipalities = [] }
        },
        RuleCase("integrity.quantity", "a free offer without stated capacity", fields: []) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in
                offer.capacity = nil
                offer.price = Price(amount: 0)
            }
        },
        RuleCase("integrity.date", "an open-ended schedule with a later session", fields: []) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in
                offer.schedule?.endDate = nil
                offer.schedule?.sessions[1].date = LocalDate(year: 2027, month: 2, day: 28)
            }
        },
        RuleCase("integrity.age", "one age only", fields: []) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in offer.eligibility = Eligibility(minimumAge: 67, maximumAge: 67) }
        },
        RuleCase("integrity.language-tag", "tags with regions and scripts", fields: []) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in offer.languages = ["NB", "se-NO", "zh-Hant-TW", "nsl"] }
        },
        RuleCase("access.stated", "only a note on accessibility", fields: []) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in offer.accessibility = Accessibility(notes: "Ta kontakt") }
        },
        RuleCase("completeness.stated", "a provider named but not in the catalogue (integrity.reference reports it)", fields: []) { catalog in
            catalog.change(Offer.ID("lifestyle")) { offer in offer.provider = "closed-down" }
        },
        RuleCase("access.sign-up", "instructions as the only channel", fields: []) { catalog in
            catalog.change(Offer.ID("hospital-course")) { offer in
                offer.signUp = SignUp(method: .referral, instructions: "Be fastlegen om henvisning")
            }
        },
    ]
}
