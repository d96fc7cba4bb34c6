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

    @Test("parts of a record get stable version 8 UUIDs, distinct per role and index")
    func childUUIDs() {
        let parent = NameBasedUUID(namespaceName: "mestring.hsds").uuid("offer", "oslo-kols-skole")
        let first = NameBasedUUID.child(of: parent, "attribute", 0)
        #expect(first == NameBasedUUID.child(of: parent, "attribute", 0))
        #expect(NameBasedUUID.isUUID(first))
        #expect(Array(first.utf8)[14] == UInt8(ascii: "8"))
        #expect("89ab".utf8.contains(Array(first.utf8)[19]))
        var seen = Set<String>()
        for role in ["attribute", "phone", "schedule"] {
            for index in 0..<500 { seen.insert(NameBasedUUID.child(of: parent, role, index)) }
        }
        #expect(seen.count == 1_500)
        #expect(NameBasedUUID.child(of: parent, "phone", 0) != NameBasedUUID.child(of: first, "phone", 0))
    }

    @Test("a part's UUID stays the one earlier exports wrote, so links into them keep working")
    func childUUIDsAreStable() {
        let catalogue = NameBasedUUID(namespaceName: "mestring.hsds").uuid("catalogue")
        #expect(catalogue == "89d9178e-36bf-5bfc-bdf4-81afc008888b")
        #expect(NameBasedUUID.child(of: catalogue, "attribute", 0) == "09ca2913-0d6b-8fd9-b3e7-ebad48f70ecd")
        #expect(NameBasedUUID.child(of: catalogue, "attribute", 1) == "f3e69019-6b6e-8a77-b43f-19bbd81452c7")
    }
}
