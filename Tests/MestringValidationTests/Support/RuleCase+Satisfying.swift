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
        RuleCase("codesign.co-led-group", "an individual offer delivered without a professional", fields: []) { catalog in
            catalog.change(Offer.ID("living-with")) { offer in
                offer.format = .individual
                offer.involvement[0].phases = [.planning, .evaluation]
            }
        },
        RuleCase("codesign.co-led-group", "a peer group led by a peer helper alone", fields: []) { _ in },
        RuleCase("codesign.co-led-group", "two professionals, one with lived experience", fields: []) { catalog in
            catalog.upsert(
                Person(id: "nurse-with-experience", name: "Sykepleier", role: .professional,
                    healthPedagogy: HealthPedagogyCompetence(basis: "Helsepedagogikk"), livedExperience: [LivedExperience(kind: .ownIllness)]))
            catalog.change(Offer.ID("living-with")) { offer in
                offer.involvement[1].phases = [.planning, .evaluation]
                offer.involvement.append(Involvement(person: "nurse-with-experience", phases: [.delivery]))
            }
        },
        RuleCase("codesign.health-pedagogy", "a professional who only plans", fields: []) { _ in },
        RuleCase("codesign.peer-helper", "an untrained peer helper who delivers nothing", fields: []) { catalog in
            catalog.upsert(Person(id: "trainee", name: "Under opplæring", role: .peerHelper))
        },
        RuleCase("codesign.young-next-of-kin", "a family offer not for young next of kin", fields: []) { catalog in
            catalog.change(Offer.ID("lifestyle")) { offer in offer.audiences = [.families] }
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
        RuleCase("pathway.continues-outside-hospital", "a pathway that starts in the municipality", fields: []) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in pathway.steps.removeFirst() }
        },
        RuleCase("pathway.continues-outside-hospital", "a later step at an unknown level", fields: []) { catalog in
            catalog.change(Pathway.ID("copd")) { pathway in
                pathway.steps[1].level = nil
                pathway.steps[2] = PathwayStep(offerKind: .peerGroup, stage: .followUp)
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
