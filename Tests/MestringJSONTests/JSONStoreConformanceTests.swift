import Foundation
import Mestring
import MestringConformance
import MestringJSON
import Testing
import MestringTestSupport

@Suite("JSON store conformance")
struct JSONStoreConformanceTests {
    @Test(arguments: ConformanceCheck.allCases)
    func conformance(_ check: ConformanceCheck) async throws {
        let folder = try TemporaryFolder()
        try await StoreConformance(
            corrupt: { store in try Data("{\"format\": \"mestring-catalog\", \"version\": 1, \"offers\": [".utf8).write(to: store.file.url) }
        ) { seed in
            let store = JSONCatalogStore(fileURL: folder.url.appending(path: "catalog.json"))
            try await store.save(seed)
            return store
        }.verify(check)
    }
}
