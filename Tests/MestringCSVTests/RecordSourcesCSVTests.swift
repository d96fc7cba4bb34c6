import Foundation
import Mestring
import MestringCSV
import MestringConformance
import MestringTestSupport
import Testing

@Suite("CSV keeps where each record came from in sources.csv")
struct RecordSourcesCSVTests {
    @Test func sourcesRoundTripAndTheFileIsThereOnlyWhenNeeded() async throws {
        let folder = try TemporaryFolder()
        var catalog = ConformanceFixture.catalog
        catalog.sources.setSource("tilbud.csv", of: catalog.offers[0].id)
        catalog.sources.setSource("tilbud.csv", of: catalog.providers[0].id)
        let store = CSVCatalogStore(folderURL: folder.url)
        try await store.save(catalog)
        let written = try String(contentsOf: folder.url.appending(path: "sources.csv"), encoding: .utf8)
        #expect(written.hasPrefix("source,record_kind,record_id\r\n"))
        #expect(try await store.load() == catalog)
        let again = try TemporaryFolder()
        try CSVCatalogWriter().write(try await store.load(), toFolder: again.url)
        #expect(try Data(contentsOf: again.url.appending(path: "sources.csv")) == Data(written.utf8), "read and written again, byte for byte")

        try await store.save(ConformanceFixture.catalog)
        #expect(!FileManager.default.fileExists(atPath: folder.path("sources.csv")), "no sources, no file: older folders keep their files")
        #expect(try await store.load() == ConformanceFixture.catalog)
    }
}
