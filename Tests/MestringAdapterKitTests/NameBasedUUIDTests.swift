import MestringAdapterKit
import Testing

@Suite("Name-based UUIDs")
struct NameBasedUUIDTests {
    @Test("the same name gives the UUID any RFC 9562 implementation gives (checked against Python's uuid5)")
    func matchesRFC9562() {
        let generator = NameBasedUUID(namespaceName: "mestring.fhir")
        #expect(NameBasedUUID.format(generator.namespace) == "2ca3f818-8d39-5ff3-a0b9-bb42464618b3")
        #expect(generator.uuid("offer", "oslo-kols-skole") == "17c1b6e4-8ad3-5e99-8c1a-6e15c400a5a2")
    }

    @Test("length prefixes keep different part lists apart")
    func partsDoNotRunTogether() {
        let generator = NameBasedUUID(namespaceName: "mestring.fhir")
        #expect(generator.uuid("ab", "c") != generator.uuid("a", "bc"))
        #expect(NameBasedUUID.isUUID(generator.uuid("a")))
        #expect(!NameBasedUUID.isUUID("17c1b6e4-8ad3-5e99-8c1a-6e15c400a5a"))
        #expect(!NameBasedUUID.isUUID("17c1b6e4x8ad3-5e99-8c1a-6e15c400a5a2"))
    }
}
