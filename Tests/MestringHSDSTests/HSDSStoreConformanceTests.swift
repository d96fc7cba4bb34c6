import Foundation
import Mestring
import MestringConformance
import MestringHSDS
import MestringTestSupport
import Testing

@Suite("HSDS store conformance")
struct HSDSStoreConformanceTests {
    @Test(arguments: ConformanceCheck.allCases)
    func documentStore(_ check: ConformanceCheck) async throws {
        let folder = try TemporaryFolder()
        try await StoreConformance(
            corrupt: { store in try Data("{\"contents\": [{\"id\": \"x\", \"name\": 3".utf8).write(to: store.file.url) }
        ) { seed in
            let store = HSDSDocumentStore(fileURL: folder.url.appending(path: "catalog.hsds.json"), includesPersonalData: true)
            try await store.save(seed)
            return store
        }.verify(check)
    }

    @Test(arguments: ConformanceCheck.allCases)
    func packageStore(_ check: ConformanceCheck) async throws {
        let folder = try TemporaryFolder()
        try await StoreConformance(
            corrupt: { store in
                try Data("id,name,status,minimum_age\nx,\"never closed\n".utf8).write(to: store.file.url.appending(path: "services.csv"))
            }
        ) { seed in
            let store = HSDSPackageStore(folderURL: folder.url.appending(path: "catalog-hsds"), includesPersonalData: true)
            try await store.save(seed)
            return store
        }.verify(check)
    }
}
