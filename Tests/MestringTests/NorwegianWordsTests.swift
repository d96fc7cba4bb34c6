import Mestring
import Testing

@Suite("Norwegian words and stable identifiers, as adapters read municipal data")
struct NorwegianWordsTests {
    @Test(arguments: [
        ("pasient", Audience.patients), ("Pasienter", .patients), ("BRUKERE", .users), ("bruker", .users),
        ("pårørende", .nextOfKin), ("barn som pårørende", .youngNextOfKin), ("unge pårørende", .youngNextOfKin),
        ("Barn-og-unge som pårørende", .youngNextOfKin), ("familie", .families), ("familier", .families),
    ])
    func audiencesAsPeopleWriteThem(_ word: String, _ expected: Audience) {
        #expect(NorwegianWords.value(word, as: Audience.self) == expected)
    }

    @Test func kindsFormatsAndDeliveryModes() {
        #expect(NorwegianWords.value("gruppe", as: OfferKind.self) == .groupProgramme)
        #expect(NorwegianWords.value("Kurs", as: OfferKind.self) == .groupProgramme)
        #expect(NorwegianWords.value("samtalegruppe", as: OfferKind.self) == .peerGroup)
        #expect(NorwegianWords.value("individuell", as: OfferFormat.self) == .individual)
        #expect(NorwegianWords.value("digitalt", as: DeliveryMode.self) == .digital)
        #expect(NorwegianWords.value("e-læring", as: OfferKind.self) == .eLearning)
        #expect(NorwegianWords.value("naboer", as: Audience.self) == nil, "an unknown word is never guessed")
    }

    @Test func aCellWithSeveralValuesKeepsWhatItDoesNotKnow() {
        let parsed = NorwegianWords.values("Pasienter / barn som pårørende og familie, naboer; pasient", as: Audience.self)
        #expect(parsed.values == [.patients, .youngNextOfKin, .families])
        #expect(parsed.unknown == ["naboer"])
        #expect(NorwegianWords.values("barn og unge som pårørende", as: Audience.self).values == [.youngNextOfKin])
    }

    @Test func answersDatesAndTimes() {
        #expect(NorwegianWords.flag("x") == true && NorwegianWords.flag("Ja") == true && NorwegianWords.flag("nei") == false)
        #expect(NorwegianWords.flag("kanskje") == nil)
        #expect(NorwegianWords.date("03.03.2026") == LocalDate(year: 2026, month: 3, day: 3))
        #expect(NorwegianWords.date("3.3.2026") == LocalDate(year: 2026, month: 3, day: 3))
        #expect(NorwegianWords.date("2026-03-03") == LocalDate(year: 2026, month: 3, day: 3))
        #expect(NorwegianWords.date("30.02.2026")?.isValid == false, "kept for validation to report")
        #expect(NorwegianWords.date("3. mars") == nil)
        #expect(NorwegianWords.time("kl. 12.00") == TimeOfDay(hour: 12, minute: 0))
        #expect(NorwegianWords.time("9:30") == TimeOfDay(hour: 9, minute: 30))
        #expect(NorwegianWords.time("kl 18") == TimeOfDay(hour: 18, minute: 0))
        #expect(NorwegianWords.time("25.00") == nil)
    }

    @Test func identifiersAreTheSameOnEveryRunAndReadable() {
        let id = StableIdentifier.offer(
            organisationNumber: "974 589 095", title: "Leve med KOLS – vår 2026", startDate: LocalDate(year: 2026, month: 3, day: 3))
        #expect(id == "974589095-leve-med-kols-var-2026-2026-03-03")
        #expect(StableIdentifier.offer(sourceKey: " T-17 ", organisationNumber: "974589095", title: "x") == "T-17")
        #expect(StableIdentifier.offer(title: "Pårørendeskolen") == "parorendeskolen")
        #expect(StableIdentifier.offer(title: "Kurs!") != StableIdentifier.offer(title: "Kurs 2"), "an edited title is a new offer")
        #expect(StableIdentifier.slug("Sámi giellagursa ÆØÅ") == "sámi-giellagursa-aeoa")
    }

    @Test func labelsAreUnderstoodWithoutTheirParenthesisAndAdjectivesWithoutTheNeuterT() {
        #expect(NorwegianWords.value("Lærings- og mestringssenter", as: ProviderKind.self) == .hospitalLearningCentre)
        #expect(NorwegianWords.value("LMS", as: ProviderKind.self) == .hospitalLearningCentre)
        #expect(NorwegianWords.value("NK LMH", as: ProviderKind.self) == .nationalCompetenceService)
        #expect(NorwegianWords.value("diagnosespesifikk", as: FocusKind.self) == .diagnosisSpecific)
        #expect(NorwegianWords.value("temaspesifikk", as: FocusKind.self) == .theme)
    }
}
