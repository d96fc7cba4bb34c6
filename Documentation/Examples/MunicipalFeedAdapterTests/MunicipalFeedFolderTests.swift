import Foundation
import Mestring
import MestringCommandLine
import MestringConformance
@testable import MunicipalFeedAdapter
import Testing

@Suite("Municipal feed folder (the tutorial's read-write store)")
struct MunicipalFeedFolderTests {
    @Test(arguments: ConformanceCheck.allCases)
    func conformance(_ check: ConformanceCheck) async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "kommune-mappe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await StoreConformance(
            expectedContent: { $0.feedContent },
            corrupt: { store in try Data("{\"id\": ".utf8).write(to: store.file.url.appending(path: "tilbud-1.json")) }
        ) { seed in
            let store = FileCatalogStore(file: MunicipalFeedFolder(url: folder.appending(path: "bergen-tilbud")))
            try await store.save(seed)
            return store
        }.verify(check)
    }

    static let sampleFeed = URL(filePath: #filePath).deletingLastPathComponent()
        .appending(path: "../MunicipalFeedAdapter/kommune-feed.json").standardized

    static func run(_ arguments: String...) async -> (ExitCode, CapturingConsole) {
        var formats = CatalogFormatRegistry.standard
        formats.register(MunicipalFeedStore.format, MunicipalFeedFolder.format)
        let console = CapturingConsole()
        return (await MestringTool(formats: formats).run(arguments, console: console), console)
    }

    @Test func mestringWritesTheFolderAndPointsFindingsAtTheOffersFile() async throws {
        let work = FileManager.default.temporaryDirectory.appending(path: "kommune-mappe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let folder = work.appending(path: "bergen-tilbud")

        let (converted, convert) = await Self.run("convert", Self.sampleFeed.path, folder.path)
        #expect(converted == .success, "\(convert.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["kommune.json", "tilbud-1.json", "tilbud-2.json", "tilbud-3.json", "tilbud-4.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == ["bergen-tilbud"], "nothing left beside it")

        // An existing folder is recognised by its kommune.json, whatever it is called.
        let renamed = work.appending(path: "arbeidskopi")
        try FileManager.default.moveItem(at: folder, to: renamed)
        let (_, fromFeed) = await Self.run("show", Self.sampleFeed.path)
        let (shown, show) = await Self.run("show", renamed.path)
        #expect(shown == .success, "\(show.errors)")
        #expect(show.output == fromFeed.output)

        let (validated, validate) = await Self.run("validate", renamed.path, "--format", "compiler")
        #expect(validated == .findings)
        let lines = validate.errors.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix(renamed.path + "/tilbud-1.json: error: offers[0].involvement: ") }, "\(validate.errors)")
        #expect(lines.allSatisfy { $0.hasPrefix(renamed.path + "/") })
    }

    @Test func recordChangesRewriteTheFolder() async throws {
        let work = FileManager.default.temporaryDirectory.appending(path: "kommune-mappe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let store = FileCatalogStore(file: MunicipalFeedFolder(url: work.appending(path: "bergen-tilbud")))
        try await store.save(try await MunicipalFeedStore(fileURL: Self.sampleFeed).load())
        #expect(try await store.delete(Offer.self, id: "bk-2026-021"))
        let files = try FileManager.default.contentsOfDirectory(atPath: store.file.url.path).sorted()
        #expect(files == ["kommune.json", "tilbud-1.json", "tilbud-2.json", "tilbud-3.json"])
        #expect(
            try await store.load().offers.map(\.id)
                == ["bk-2026-014", "bk-2026-030", "920835465-mestringskurs-for-deg-med-diabetes-type-2-2026-04-14"])
    }

    @Test func aBrokenOfferFileIsNamedWithItsField() async throws {
        let work = FileManager.default.temporaryDirectory.appending(path: "kommune-mappe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let folder = MunicipalFeedFolder(url: work.appending(path: "bergen-tilbud"))
        try folder.write(try await MunicipalFeedStore(fileURL: Self.sampleFeed).load())
        let second = folder.url.appending(path: "tilbud-2.json")
        let text = try String(contentsOf: second, encoding: .utf8).replacingOccurrences(of: "\"frisklivstilbud\"", with: "\"trim\"")
        try Data(text.utf8).write(to: second)
        let error = try #require(throws: StoreError.self) { try folder.read() }
        #expect(error.file == second.path)
        #expect(error.field == "tilbud.type")
        #expect(error.kind == .malformedData)
    }
}
