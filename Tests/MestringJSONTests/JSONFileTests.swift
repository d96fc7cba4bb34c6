import Foundation
import Mestring
import MestringConformance
import MestringJSON
import Testing
import MestringTestSupport

@Suite("JSON files")
struct JSONFileTests {
    @Test func outputIsDeterministicAndReadable() throws {
        let coder = JSONCatalogCoder()
        let first = try coder.encode(ConformanceFixture.catalog)
        let second = try coder.encode(try coder.decode(first))
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \""))
        #expect(text.contains("\n  \"format\" : \"mestring-catalog\",\n"), "the header is a top-level member, two-space indented")
        #expect(text.contains("\"https://example.no/kols\""), "slashes are not escaped")
        #expect(text.hasSuffix("}\n"))
    }

    @Test func publicExportLeavesPersonalDataOut() throws {
        let data = try JSONCatalogCoder(includesPersonalData: false).encode(ConformanceFixture.catalog)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("maret@example.no"))
        #expect(!text.contains("\"contact\""))
    }

    @Test func writeReplacesTheFileAtomically() async throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appending(path: "catalog.json")
        let store = JSONCatalogStore(fileURL: url)
        try await store.save(ConformanceFixture.catalog)
        let before = try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int
        try await store.save(Catalog())
        let after = try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int
        #expect(before != after, "the new content is a new file renamed over the old one")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(leftovers == ["catalog.json"], "no temporary files are left behind")
    }

    @Test func failedWriteLeavesThePreviousFileIntact() async throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appending(path: "catalog.json")
        try await JSONCatalogStore(fileURL: url).save(ConformanceFixture.catalog)
        let original = try Data(contentsOf: url)
        // A store whose target is inside a path that cannot exist (a file used as a folder).
        let impossible = JSONCatalogStore(fileURL: url.appending(path: "nested.json"))
        await #expect(throws: StoreError.self) { try await impossible.save(Catalog()) }
        #expect(try Data(contentsOf: url) == original)
    }

    @Test func missingFileIsNotFound() async throws {
        let store = JSONCatalogStore(fileURL: URL(filePath: "/nonexistent/catalog.json"))
        do {
            _ = try await store.load()
            Issue.record("loading a missing file succeeded")
        } catch let error as StoreError {
            #expect(error.kind == .notFound)
            #expect(error.file == "/nonexistent/catalog.json")
        }
    }
}
