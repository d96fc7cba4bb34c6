import Mestring
import MestringConformance
import XCTest

/// Integrators whose test suites still use XCTest run the same conformance suite.
final class XCTestConformanceTests: XCTestCase {
    /// Every check that applies passes; the two that cannot (no `corrupt` for an in-memory store,
    /// and the read-only check for a writable one) make the test show as skipped, naming them,
    /// rather than as a pass.
    func testInMemoryStoreConformsUnderXCTest() async throws {
        do {
            try await StoreConformance { seed in InMemoryCatalogStore(seed) }.verifyAll()
            XCTFail("verifyAll passed although the malformed-data check could not run")
        } catch let skip as XCTSkip {
            let message = skip.message ?? ""
            XCTAssertTrue(message.contains("9 conformance checks passed"), message)
            XCTAssertTrue(message.contains("malformedDataIsReported skipped: no `corrupt` closure"), message)
            throw skip
        }
    }

    /// A write check on a read-only store shows as skipped, with the reason.
    func testAWriteCheckOnAReadOnlyStoreIsSkipped() async throws {
        do {
            try await StoreConformance { seed in ReadOnlyStore(seed) }.verify(.upsert)
            XCTFail("upsert was not skipped for a read-only store")
        } catch let skip as XCTSkip {
            XCTAssertEqual(skip.message, "upsert skipped: the store is a CatalogStore, not a RecordStore: it has no upsert")
            throw skip
        }
    }

    /// verifyAll fails at the caller's file and line, and its first line names every failing check.
    func testVerifyAllNamesEveryFailingCheckAtTheCallersLine() async throws {
        capturing = true
        let line = #line + 1
        try await StoreConformance { seed in BoastfulDeleteStore(seed) }.verifyAll()
        capturing = false
        XCTAssertEqual(captured.count, 1, "\(captured)")
        guard let failure = captured.first else { return }
        XCTAssertEqual(failure.file, #filePath)
        XCTAssertEqual(failure.line, line)
        XCTAssertTrue(failure.description.contains("1 of 11 conformance checks failed: delete\n"), failure.description)
    }

    private var capturing = false
    private var captured: [(description: String, file: String, line: Int)] = []

    override func recordFailure(withDescription description: String, inFile filePath: String, atLine lineNumber: Int, expected: Bool) {
        if capturing {
            captured.append((description, filePath, lineNumber))
        } else {
            super.recordFailure(withDescription: description, inFile: filePath, atLine: lineNumber, expected: expected)
        }
    }
}
