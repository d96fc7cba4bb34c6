import Foundation
import Mestring
import MestringValidation

/// Validates a generated catalogue of 100,000 offers with the national profile (goal: under
/// 0.1 s), beside its anchor in the same run: the same rules one after another on one core, each
/// timed, so that the breakdown shows where the time goes. Then renders the report with its
/// findings as text, JSON and SARIF.
enum ValidationBenchmark {
    static var offerCount: Int { BenchmarkOptions.current.offers }

    static func run() async throws {
        let catalog = generate(offers: offerCount)
        print("catalogue: \(catalog.providers.count) providers, \(catalog.offers.count) offers, \(catalog.people.count) people, \(catalog.pathways.count) pathways")
        let validator = Validator(profile: .national)
        var report = validator.validate(catalog)  // warm-up
        let validation = Stopwatch.best(of: 5) { report = validator.validate(catalog) }
        let serial = breakdown(catalog, profile: validator.profile)
        print("findings: \(report.findings.count) (\(report.summary()))")
        print(
            String(
                format: "validate: %.1f ms wall (best of 5, processor %.1f ms), %.0f offers/s; anchor, the same work one part after another on one core: %.1f ms",
                validation.wall * 1000, validation.processor * 1000, Double(offerCount) / validation.wall, serial * 1000))
        BenchmarkSummary.shared.record(
            "validate \(offerCount) offers (national profile)", goal: "< 100 ms",
            measured: String(format: "%.1f ms (one core, serial: %.1f ms)", validation.wall * 1000, serial * 1000),
            met: validation.wall < 0.1)
        for format in [ReportFormat.text, .json, .sarif] {
            var bytes = 0
            let time = Stopwatch.best(of: 3) { bytes = report.render(format).utf8.count }
            print(String(format: "render %@ report of %d findings: %.1f ms, %.1f MB", "\(format)", report.findings.count, time.wall * 1000, Double(bytes) / 1e6))
            BenchmarkSummary.shared.record(
                "render \(format) report, \(report.findings.count) findings", goal: "< 500 ms",
                measured: String(format: "%.0f ms (%.1f MB)", time.wall * 1000, Double(bytes) / 1e6), met: time.wall < 0.5)
        }
    }

    /// Times the preparation and each rule on its own, one after another (processor time of the
    /// best of three runs, so that other programs on the machine count less), prints the costliest,
    /// and returns the total: what validation costs on one core.
    static func breakdown(_ catalog: Catalog, profile: ValidationProfile) -> Double {
        var context: ValidationContext?
        var parts = [("prepare context", Stopwatch.best(of: 3) { context = ValidationContext(catalog) }.processor)]
        guard let context else { return 0 }
        for rule in profile.rules { parts.append((rule.id.rawValue, Stopwatch.best(of: 3) { _ = rule.findings(in: context) }.processor)) }
        parts.append(("coverage report", Stopwatch.best(of: 3) { _ = CoverageReport(catalog: catalog) }.processor - parts[0].1))
        let total = parts.reduce(0) { $0 + $1.1 }
        let costliest = parts.sorted { $0.1 > $1.1 }.prefix(8).map { String(format: "%@ %.1f", $0.0, $0.1 * 1000) }
        print(String(format: "one core, costliest parts in ms: %@; all %d parts %.1f ms", costliest.joined(separator: ", "), parts.count, total * 1000))
        return total
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
