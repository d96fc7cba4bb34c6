import Foundation
import Mestring
import Testing

@Suite("Personal values are hidden from every text but the file")
struct PersonalValueTests {
    static let person = Person(
        id: "p1", name: "Kari Nordmann", role: .peerHelper,
        livedExperience: [LivedExperience(kind: .ownIllness, diagnoses: [.icd10("J44")], notes: "Har hatt KOLS i ti år")],
        contact: PersonalContact(phone: "+47 912 34 567", email: "kari@example.no"))
    static let personalValues = ["Kari Nordmann", "Har hatt KOLS i ti år", "+47 912 34 567", "kari@example.no", "J44"]

    @Test func interpolationPrintDebugPrintAndDumpShowNoPersonalValue() {
        var dumped = ""
        dump(Self.person, to: &dumped)
        var printed = ""
        print(Self.person, to: &printed)
        var debugPrinted = ""
        debugPrint(Self.person, to: &debugPrinted)
        for text in [dumped, printed, debugPrinted, "\(Self.person.name)", String(reflecting: Self.person.contact)] {
            for value in Self.personalValues { #expect(!text.contains(value), "\(text) shows a personal value") }
        }
        #expect(printed.contains(Personal<String>.redactedText))
        #expect(dumped.contains("p1"), "what is not personal (the identifier) is still shown")
    }

    @Test func encodersWriteTheValuesThemselves() throws {
        let data = try JSONEncoder().encode(Self.person)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"name\":\"Kari Nordmann\""))
        #expect(text.contains("kari@example.no"))
        #expect(try JSONDecoder().decode(Person.self, from: data) == Self.person)
    }

    @Test func theValueIsReadExplicitly() {
        #expect(Self.person.name.value == "Kari Nordmann")
        #expect(Self.person.contact?.phone?.value == "+47 912 34 567")
        #expect(Personal("Kari") != Personal("Ola"))
    }
}
