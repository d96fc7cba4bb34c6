import Foundation
import Mestring
import MestringValidation

/// Validates a generated catalogue of 100,000 offers with the national profile and prints the
/// throughput; the target is well under a second in release builds.
enum ValidationBenchmark {
    static let offerCount = 100_000

    static func run() async throws {
        let catalog = generate(offers: offerCount)
        print("catalogue: \(catalog.providers.count) providers, \(catalog.offers.count) offers, \(catalog.people.count) people, \(catalog.pathways.count) pathways")
        let validator = Validator(profile: .national)
        _ = validator.validate(catalog)  // warm-up
        var best = Duration.seconds(1_000)
        var report: ValidationReport?
        let cpuStarted = clock()
        for _ in 0..<3 {
            let started = ContinuousClock.now
            report = validator.validate(catalog)
            best = min(best, ContinuousClock.now - started)
        }
        let cpuMilliseconds = Double(clock() - cpuStarted) / Double(CLOCKS_PER_SEC) * 1000 / 3
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        print("findings: \(report?.summary() ?? "none")")
        print("validate: \(Int(seconds * 1000)) ms total (best of 3), \(Int(Double(offerCount) / seconds)) offers/s; \(Int(cpuMilliseconds)) ms CPU time per run")
    }

    /// A catalogue shaped like a national overview: a provider per 50 offers across all levels,
    /// a pool of people reused across offers, pathways from hospital to municipality, and about
    /// one offer in fifty with a problem, so that findings are produced and reported too.
    static func generate(offers count: Int) -> Catalog {
        var catalog = Catalog(info: CatalogInfo(title: "Generert katalog", updated: LocalDate(year: 2026, month: 1, day: 1)))
        let municipalities = MunicipalityRegistry.allMunicipalities
        let kinds: [ProviderKind] = [.hospitalLearningCentre, .municipalUnit, .healthyLifeCentre, .voluntaryOrganisation]
        let providerCount = max(4, count / 50)
        for index in 0..<providerCount {
            catalog.providers.upsert(
                Provider(
                    id: .init("provider-\(index)"), name: .init(bokmal: "Tilbyder \(index)"), kind: kinds[index % kinds.count],
                    organisationNumber: index % 97 == 0 ? "123456789" : "974589095",
                    municipalities: [municipalities[index % municipalities.count]]))
        }
        let peopleCount = max(3, count / 30 * 3)
        for index in 0..<peopleCount {
            let role: InvolvementRole = [.professional, .experiencedUser, .peerHelper][index % 3]
            catalog.people.upsert(
                Person(
                    id: .init("person-\(index)"), name: "Person \(index)", role: role, affiliation: .init("provider-\(index % providerCount)"),
                    healthPedagogy: role == .professional && index % 100 != 0 ? HealthPedagogyCompetence(basis: "Helsepedagogikk") : nil,
                    peerTraining: role == .peerHelper ? PeerTraining(programme: "Likepersonskurs", completed: LocalDate(year: 2024, month: 5, day: 1)) : nil,
                    listingConsent: true))
        }
        for index in 0..<count {
            let broken = index % 50 == 0
            let provider = index % providerCount
            let professional = (index * 3) % peopleCount
            let experienced = (index * 3 + 1) % peopleCount
            catalog.offers.upsert(
                Offer(
                    id: .init("offer-\(index)"), title: .init(bokmal: "Tilbud \(index)"), kind: OfferKind.allCases[index % OfferKind.allCases.count],
                    format: index % 2 == 0 ? .group : .individual, provider: .init("provider-\(broken ? provider + providerCount : provider)"),
                    focus: FocusKind.allCases[index % FocusKind.allCases.count], method: .equalFooting,
                    stages: [.treatment], audiences: [.patients, .nextOfKin], deliveryMode: broken ? nil : .inPerson,
                    languages: broken ? ["not a tag"] : ["nb"], accessibility: Accessibility(wheelchairAccessible: true),
                    eligibility: Eligibility(minimumAge: 18, maximumAge: broken ? 12 : 99),
                    schedule: Schedule(
                        startDate: LocalDate(year: 2026, month: 3, day: 1), endDate: LocalDate(year: 2026, month: broken ? 2 : 5, day: 30),
                        sessions: [Session(date: LocalDate(year: 2026, month: 4, day: 1), durationMinutes: 120)]),
                    capacity: 12, signUp: SignUp(method: .selfReferral, phone: "+47 22 00 00 00"),
                    municipalities: [municipalities[provider % municipalities.count]],
                    involvement: [
                        Involvement(person: .init("person-\(professional)"), phases: InvolvementPhase.allCases),
                        Involvement(person: .init("person-\(experienced)"), phases: InvolvementPhase.allCases),
                    ]))
        }
        for index in 0..<max(1, count / 100) {
            catalog.pathways.upsert(
                Pathway(
                    id: .init("pathway-\(index)"), name: .init(bokmal: "Forløp \(index)"),
                    steps: [
                        PathwayStep(offer: .init("offer-\(index * 4 % count)"), stage: .treatment),
                        PathwayStep(offerKind: .lifestyleChange, level: .municipal, stage: .rehabilitation),
                        PathwayStep(offerKind: .peerGroup, level: .voluntary, stage: index % 10 == 0 ? .prevention : .followUp),
                    ]))
        }
        return catalog
    }
}
