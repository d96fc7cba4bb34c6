import Mestring
import MestringConformance
import Testing

/// The documented meaning of `OfferQuery`, checked on hand-picked cases so that the reference
/// implementation every store is compared with is itself right.
@Suite("Offer query meaning")
struct OfferQueryTests {
    let catalog: Catalog = {
        var catalog = Catalog()
        catalog.providers.upsert(Provider(id: "h", name: "Sykehus", kind: .hospitalLearningCentre))
        catalog.providers.upsert(Provider(id: "k", name: "Kommune", kind: .healthyLifeCentre))
        func offer(_ id: Offer.ID, _ title: String, provider: Provider.ID = "k", diagnoses: [DiagnosisCode] = [],
                   municipalities: [MunicipalityNumber] = [], audiences: [Audience] = []) -> Offer {
            Offer(id: id, title: .init(bokmal: title), kind: .groupProgramme, format: .group, provider: provider, focus: .theme,
                  diagnoses: diagnoses, method: .equalFooting, audiences: audiences, municipalities: municipalities)
        }
        catalog.offers = [
            offer("c-kols", "KOLS-skolen", provider: "h", diagnoses: [.icd10("J44.1")], municipalities: ["0301"]),
            offer("a-foer", "Før operasjonen", diagnoses: [.icd10("E11")], municipalities: ["4601"], audiences: [.nextOfKin]),
            offer("b-pa", "Kurs for Pårørende", municipalities: ["4601", "0301"], audiences: [.nextOfKin, .patients]),
            offer("d-orphan", "Kurs uten tilbyder", provider: "missing"),
        ]
        return catalog
    }()

    func ids(_ query: OfferQuery) -> [String] { catalog.offers(matching: query).map(\.id.rawValue) }

    @Test func emptyQueryMatchesEverythingSortedByIdentifier() {
        #expect(ids(OfferQuery()) == ["a-foer", "b-pa", "c-kols", "d-orphan"])
    }

    @Test func textIsCaseInsensitiveWordPrefixAndKeepsNorwegianLetters() {
        #expect(ids(OfferQuery(text: "kols")) == ["c-kols"])
        #expect(ids(OfferQuery(text: "pårørende")) == ["b-pa"])
        #expect(ids(OfferQuery(text: "PÅRØR")) == ["b-pa"])
        #expect(ids(OfferQuery(text: "for")) == ["b-pa"], "for must not find før")
        #expect(ids(OfferQuery(text: "før")) == ["a-foer"])
        #expect(ids(OfferQuery(text: "kurs pårørende")) == ["b-pa"], "every term must match")
        #expect(ids(OfferQuery(text: "skolen")) == ["c-kols"], "KOLS-skolen is two words")
    }

    @Test func dimensionsAreAndValuesAreOr() {
        #expect(ids(OfferQuery(municipalities: ["4601"], audiences: [.patients])) == ["b-pa"])
        #expect(ids(OfferQuery(municipalities: ["0301", "4601"])) == ["a-foer", "b-pa", "c-kols"])
    }

    @Test func diagnosisMatchesSubcodesInTheSameSystem() {
        #expect(ids(OfferQuery(diagnoses: [.icd10("J44")])) == ["c-kols"])
        #expect(ids(OfferQuery(diagnoses: [.icd10("j44.1")])) == ["c-kols"])
        #expect(ids(OfferQuery(diagnoses: [.icd10("J4")])) == [], "J4 is not a parent of J44.1")
        #expect(ids(OfferQuery(diagnoses: [.icpc2("E11")])) == [], "other coding system")
    }

    @Test func levelComesFromTheProviderAndUnknownProvidersMatchNoLevel() {
        #expect(ids(OfferQuery(levels: [.specialist])) == ["c-kols"])
        #expect(ids(OfferQuery(levels: [.municipal])) == ["a-foer", "b-pa"])
    }

    @Test func relevanceRanksTitleHitsFirstAndLimitApplies() {
        let ranked = ids(OfferQuery(text: "kurs", ordering: .relevance))
        #expect(Set(ranked) == ["b-pa", "d-orphan"])
        #expect(ids(OfferQuery(limit: 2)) == ["a-foer", "b-pa"])
    }
}
