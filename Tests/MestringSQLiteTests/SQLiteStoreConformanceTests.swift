import Foundation
import Mestring
import MestringConformance
import MestringSQLite
import Testing
import MestringTestSupport

@Suite("SQLite store conformance")
struct SQLiteStoreConformanceTests {
    @Test(arguments: ConformanceCheck.allCases)
    func conformance(_ check: ConformanceCheck) async throws {
        let folder = try TemporaryFolder()
        try await StoreConformance(
            corrupt: { (store: SQLiteCatalogStore) in
                let database = try Database(path: store.path)
                try database.execute("UPDATE offers SET audiences = ?", arguments: [#"["pasient"]"#])
            }
        ) { seed in
            let store = try SQLiteCatalogStore(path: folder.url.appending(path: "catalog.sqlite").path)
            try await store.save(seed)
            return store
        }.verify(check)
    }
}
