import MestringHSDS
import Testing

@Suite("HSDS identifiers")
struct HSDSIdentifierTests {
    @Test func sameIdentifierAlwaysGivesTheSameVersion5UUID() {
        let first = HSDSIdentifier.uuid("offer", "oslo-kols-skole")
        #expect(first == HSDSIdentifier.uuid("offer", "oslo-kols-skole"))
        #expect(first != HSDSIdentifier.uuid("offer", "oslo-kols-skole-2"))
        #expect(first != HSDSIdentifier.uuid("provider", "oslo-kols-skole"))
        #expect(HSDSIdentifier.isUUID(first))
        let characters = Array(first)
        #expect(characters[14] == "5")
        #expect("89ab".contains(characters[19]))
    }

    @Test func uuidIsPythonsUUID5InTheMestringHSDSNamespace() {
        // uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, "mestring.hsds"), "5:offer/15:oslo-kols-skole/")
        #expect(HSDSIdentifier.uuid("offer", "oslo-kols-skole") == "cd3a982b-15d4-5c5a-9c42-c6241f5c07d4")
    }
}
