import Mestring
import Testing

@Suite("StoreError can grow without breaking clients")
struct StoreErrorTests {
    struct DiskFull: Error {}

    @Test func kindsMatchInCatchClausesAndSwitchesAndAdaptersCanAddTheirOwn() {
        let quotaExceeded = StoreError.Kind(rawValue: "quotaExceeded")
        func advice(_ error: StoreError) -> String {
            switch error.kind {
            case .notFound: "create it"
            case .readOnly: "open it for writing"
            case quotaExceeded: "ask for more space"
            default: "report it"
            }
        }
        #expect(advice(StoreError(.notFound, "no such file", file: "a.json")) == "create it")
        #expect(advice(StoreError(quotaExceeded, "over quota")) == "ask for more space")
        #expect(advice(StoreError(.io, "locked")) == "report it")
        #expect("\(StoreError.Kind.malformedData)" == "malformedData", "reports keep the names the enumeration had")
    }

    @Test func anUnderlyingErrorIsKeptButTakesNoPartInEquality() {
        let error = StoreError(.io, "disk full", file: "a.json", underlyingError: DiskFull())
        #expect(error.underlyingError is DiskFull)
        #expect(error == StoreError(.io, "disk full", file: "a.json"))
        #expect(error.description == "a.json: disk full")
    }
}
