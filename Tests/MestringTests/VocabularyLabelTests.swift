import Mestring
import Testing

/// The Norwegian labels people see and type (in spreadsheets, on the command line) are the source
/// texts' own words, so that a municipality recognises them.
@Suite("Vocabulary labels in the seeds' words")
struct VocabularyLabelTests {
    @Test func methodsAreNamedAsSeed001NamesThem() {
        // 001: «overføring av kunnskap fra fagpersoner …, sidestilling av fag- og
        // erfaringskompetanse, og til tilbud som primært omhandler erfaringsdeling»
        #expect(OfferMethod.allCases.map(\.norwegianLabel) == [
            "overføring av kunnskap", "sidestilling av fag- og erfaringskompetanse", "erfaringsdeling",
        ])
        #expect(OfferMethod(spellingOrLabel: "Erfaringsdeling") == .experienceSharing)
    }

    @Test func kindsAndExperienceUseTheTextsWords() {
        // 001: «Individuell undervisning», «Støtte til endring av levevaner», «Likepersonsamtale / -gruppe»
        #expect(OfferKind.individualEducation.norwegianLabel == "individuell undervisning")
        #expect(OfferKind.lifestyleChange.norwegianLabel == "støtte til endring av levevaner")
        #expect(OfferKind.peerConversation.norwegianLabel == "likepersonsamtale")
        // 003: «Enkelte er temaspesifikke»; 000 and 003: «nedsatt funksjonsevne»; 002: «pårørende barn eller unge»
        #expect(FocusKind.theme.norwegianLabel == "temaspesifikt")
        #expect(LivedExperienceKind.disability.norwegianLabel == "nedsatt funksjonsevne")
        #expect(LivedExperienceKind(spellingOrLabel: "pårørende barn eller unge") == .youngNextOfKin)
    }
}
