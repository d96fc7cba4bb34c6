import Mestring
import MestringConformance
import Testing

@Suite("In-memory store conformance")
struct InMemoryStoreConformanceTests {
    @Test(arguments: ConformanceCheck.allCases)
    func conformance(_ check: ConformanceCheck) async throws {
        try await StoreConformance { seed in InMemoryCatalogStore(seed) }.verify(check)
    }
}
