import Foundation
import Mestring
import MestringCSV
import MestringConformance
import Testing
import MestringTestSupport

@Suite("CSV store conformance")
struct CSVStoreConformanceTests {
    @Test(arguments: ConformanceCheck.allCases)
    func conformance(_ check: ConformanceCheck) async throws {
        let folder = try TemporaryFolder()
        try await StoreConformance(
            corrupt: { store in try Data("id,title,kind\n\"never closed,x\n".utf8).write(to: store.file.url.appending(path: "offers.csv")) }
        ) { seed in
            let store = CSVCatalogStore(folderURL: folder.url.appending(path: "catalog"))
            try await store.save(seed)
            return store
        }.verify(check)
    }

    @Test(arguments: [CSVDialect.rfc4180, .excel, CSVDialect(separator: .tab, lineEnding: .lf)])
    func everyDialectKeepsEverything(_ dialect: CSVDialect) async throws {
        let folder = try TemporaryFolder()
        let store = CSVCatalogStore(folderURL: folder.url.appending(path: "catalog"), dialect: dialect)
        try await store.save(ConformanceFixture.catalog)
        #expect(try await store.load() == ConformanceFixture.catalog)
    }
}
