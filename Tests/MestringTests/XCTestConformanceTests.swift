import Mestring
import MestringConformance
import XCTest

/// Integrators whose test suites still use XCTest run the same conformance suite: a throwing test.
final class XCTestConformanceTests: XCTestCase {
    func testInMemoryStoreConformsUnderXCTest() async throws {
        try await StoreConformance { seed in InMemoryCatalogStore(seed) }.verifyAll()
    }

    func testAFailingCheckFailsTheXCTestWithItsReasons() async {
        do {
            try await StoreConformance { seed in LossyStore(seed) }.verify(.roundTrip)
            XCTFail("a store that loses summaries passed the round trip")
        } catch {
            XCTAssertTrue(String(describing: error).contains("summary differs"), "\(error)")
        }
    }
}
