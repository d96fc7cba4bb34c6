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

    @Test func namespaceIsTheVersion5UUIDOfItsNameInTheURLNamespace() {
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "mestring.hsds").hex
        let hex = HSDSIdentifier.namespace.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        #expect(hex == "05b5f020e8975b85992a97143abe249c")
    }
}
