import Mestring
import Testing

@Suite("Dates, times, languages and vocabularies")
struct ValueTypeTests {
    @Test func localDateParsesAndChecksRealDates() throws {
        let date = try #require(LocalDate(iso8601: "2024-02-29"))
        #expect(date.isValid)
        #expect(date.iso8601 == "2024-02-29")
        #expect(LocalDate(iso8601: "2026-02-30")?.isValid == false)
        #expect(LocalDate(iso8601: "2026-2-3") == nil)
        #expect(LocalDate(iso8601: "2027-+2-03") == nil)
        #expect(LocalDate(iso8601: "+027-02-03") == nil)
        #expect(LocalDate(iso8601: "2025-02-29")?.isValid == false)
        #expect(LocalDate(year: 2026, month: 1, day: 1) < LocalDate(year: 2026, month: 1, day: 2))
    }

    @Test func timeOfDay() {
        #expect(TimeOfDay(text: "09:05")?.description == "09:05")
        #expect(TimeOfDay(text: "24:00") == nil)
        #expect(TimeOfDay(text: "9:05") == nil)
        #expect(TimeOfDay(text: "+9:05") == nil)
    }

    @Test func languageTagsAreCaseInsensitiveAndChecked() {
        #expect(LanguageTag("NB") == LanguageTag("nb"))
        #expect(LanguageTag("se").isWellFormed)
        #expect(LanguageTag("zh-Hant-TW").isWellFormed)
        #expect(!LanguageTag("norsk bokmål").isWellFormed)
    }

    @Test func careStagesRunFromPreventionToFollowUp() {
        #expect(CareStage.allCases.sorted() == [.prevention, .earlyIntervention, .treatment, .rehabilitation, .followUp])
        #expect(CareStage.prevention < .rehabilitation)
    }

    @Test func vocabularySpellingsAreStable() {
        #expect(Audience(spelling: " Next-of-Kin ") == .nextOfKin)
        #expect(Audience(spelling: "pårørende") == nil, "labels are not spellings")
        #expect(Audience(spellingOrLabel: " Pårørende ") == .nextOfKin)
        #expect(Audience(spellingOrLabel: "next-of-kin") == .nextOfKin)
        #expect(Audience(spellingOrLabel: "pasient") == nil)
        #expect(Audience.unknownSpellingMessage("pasient").hasPrefix("unknown audience \"pasient\"; expected one of patients, users"))
        #expect(ProviderKind.healthyLifeCentre.level == .municipal)
        #expect(ProviderKind.hospitalLearningCentre.level == .specialist)
    }

    @Test func localizedTextFallsBackToBokmal() {
        var text = LocalizedText(bokmal: "Kurs for pårørende")
        text[.northernSami] = "Kursa oapmahaččaide"
        text[.nynorsk] = ""
        #expect(text.languages == [.bokmal, .northernSami])
        #expect(text.text(in: .english) == "Kurs for pårørende")
        #expect(text.text(in: .northernSami) == "Kursa oapmahaččaide")
    }
}

@Suite("Vocabulary identity")
struct VocabularyIdentityTests {
    @Test func casesAreEqualOnlyToThemselvesAndOrderedByDeclaration() {
        for (index, stage) in CareStage.allCases.enumerated() {
            for (otherIndex, other) in CareStage.allCases.enumerated() {
                #expect((stage == other) == (stage.rawValue == other.rawValue))
                #expect((stage < other) == (index < otherIndex))
            }
        }
        #expect(Set(Audience.allCases).count == Audience.allCases.count)
        #expect(Set([OfferKind.peerGroup, .peerGroup, .eLearning]) == [.eLearning, .peerGroup])
    }
}
