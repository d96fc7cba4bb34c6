import Foundation
import MestringCommandLine
import MunicipalFeedAdapter
import Testing

/// `mestring` on the municipality's own format: registered once, then read like a built-in one.
/// Through the public API only (no `@testable`), as an integrator's tests would.
@Suite("mestring on the municipal feed (a registered format)")
struct MunicipalFeedFormatTests {
    static let sampleFeed = URL(filePath: #filePath).deletingLastPathComponent()
        .appending(path: "../MunicipalFeedAdapter/kommune-feed.json").standardized

    static var formats: CatalogFormatRegistry {
        var formats = CatalogFormatRegistry.standard
        formats.register(MunicipalFeedStore.format)
        return formats
    }

    static func run(_ arguments: String..., formats: CatalogFormatRegistry = formats) async -> (ExitCode, CapturingConsole) {
        let console = CapturingConsole()
        return (await MestringTool(formats: formats).run(arguments, console: console), console)
    }

    @Test func showValidateAndConvertReadTheFeed() async throws {
        let (shown, show) = await Self.run("show", Self.sampleFeed.path)
        #expect(shown == .success, "\(show.errors)")
        #expect(show.output.contains("Publisher: Bergen kommune (oppdiktede eksempeldata)"))
        #expect(show.output.contains("4601 Bergen"))

        // The feed says nothing of user involvement, so validation finds errors, and names the feed.
        let (validated, validate) = await Self.run("validate", Self.sampleFeed.path, "--format", "compiler")
        #expect(validated == .findings)
        #expect(validate.errors.hasPrefix(Self.sampleFeed.path + ": error: "), "\(validate.errors)")
        #expect(validate.errors.contains("[codesign.phases]"))

        let folder = FileManager.default.temporaryDirectory.appending(path: "kommune-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appending(path: "bergen.json").path
        let (converted, convert) = await Self.run("convert", Self.sampleFeed.path, json)
        #expect(converted == .success, "\(convert.errors)")
        let (reshown, reshow) = await Self.run("show", json)
        #expect(reshown == .success)
        #expect(reshow.output == show.output, "the converted catalogue holds what the feed held")
    }

    @Test func aFeedIsClaimedByItsNameEndingAndByWhatItHolds() throws {
        let formats = Self.formats
        #expect(try formats.format(of: Self.sampleFeed).name == "kommune-feed", "by contents")
        #expect(try formats.format(of: URL(filePath: "/nowhere/bergen.feed.json")).name == "kommune-feed", "by name")
        #expect(try formats.format(of: URL(filePath: "/nowhere/bergen.json")).name == "json")
        #expect(try CatalogFormatRegistry.standard.format(of: URL(filePath: "/nowhere/bergen.feed.json")).name == "json")
        let store = try formats.openStore(at: Self.sampleFeed)
        #expect(store is MunicipalFeedStore)
    }

    @Test func theFeedIsNeverWritten() async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "kommune-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appending(path: "ut.feed.json").path
        let (code, console) = await Self.run("convert", Self.sampleFeed.path, target)
        #expect(code == .failure)
        #expect(console.errors.contains("a municipality's feed of offers (.feed.json) can be read but not written"), "\(console.errors)")
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func withoutTheRegistrationTheFeedIsNotACatalogue() async {
        let (code, console) = await Self.run("show", Self.sampleFeed.path, formats: .standard)
        #expect(code == .failure)
        #expect(console.errors.contains("format"))
    }

    @Test func theIntegratorsToolListsTheFormatAndRunsOnIt() throws {
        let executable = URL(filePath: CommandLine.arguments.first ?? "").deletingLastPathComponent().appending(path: "kommune-mestring")
        try #require(FileManager.default.isExecutableFile(atPath: executable.path), "kommune-mestring is built beside the tests")
        func run(_ arguments: String...) throws -> (status: Int32, output: String) {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        let help = try run("--help")
        let lines = help.output.split(separator: "\n").map { $0.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) } }
        #expect(lines.contains(["kommune-feed", "a municipality's feed of offers (.feed.json) (read-only)"]), "\(help.output)")
        #expect(lines.contains(["kommune-mappe", "a folder of offer files (kommune.json, tilbud-1.json, …; -tilbud)"]))
        let show = try run("show", Self.sampleFeed.path)
        #expect(show.status == 0)
        #expect(show.output.contains("Publisher: Bergen kommune"))
    }
}
