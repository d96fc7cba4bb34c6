import Foundation
import Mestring
import MestringSQLite
import Testing
import MestringTestSupport

/// Two processes write the same database file at the same time: this test process and a second
/// run of the same test binary, started with `MESTRING_SQLITE_WRITER` set so that it runs only
/// ``writerProcess()``. Neither may corrupt the file nor lose a write.
@Suite("Two processes writing one file")
struct TwoProcessWriteTests {
    static let environmentKey = "MESTRING_SQLITE_WRITER"
    static let writesPerProcess = 150

    static func offer(_ id: String) -> Offer {
        Offer(id: .init(id), title: .init(bokmal: "Skrevet av \(id)"), kind: .peerGroup, format: .group, provider: "p", focus: .theme,
              method: .experienceSharing, audiences: [.users], municipalities: ["4601"])
    }

    static func write(prefix: String, to path: String) async throws {
        let store = try SQLiteCatalogStore(path: path)
        for index in 0..<writesPerProcess {
            try await store.upsert(offer("\(prefix)-\(index)"))
        }
    }

    /// The test binary, when it can be started again by path (SwiftPM on Linux); elsewhere the
    /// test is skipped.
    static var testBinary: String? {
        let path = CommandLine.arguments.first ?? ""
        return path.hasSuffix(".xctest") && FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment[environmentKey] != nil, "runs only as the second process"))
    func writerProcess() async throws {
        let path = try #require(ProcessInfo.processInfo.environment[Self.environmentKey])
        try await Self.write(prefix: "child", to: path)
    }

    @Test(.enabled(if: testBinary != nil && ProcessInfo.processInfo.environment[environmentKey] == nil, "needs a re-launchable test binary"))
    func twoProcessesWritingTheSameFileLoseNothing() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("shared.sqlite")
        try await SQLiteCatalogStore(path: path).save(Catalog())

        let child = Process()
        child.executableURL = URL(filePath: try #require(Self.testBinary))
        child.arguments = ["--testing-library", "swift-testing", "--filter", "writerProcess"]
        child.environment = ProcessInfo.processInfo.environment.merging([Self.environmentKey: path]) { $1 }
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        try await Self.write(prefix: "parent", to: path)
        child.waitUntilExit()
        #expect(child.terminationStatus == 0, "the second writer process failed")

        let database = try Database(path: path)
        #expect(try database.scalar("PRAGMA integrity_check") == "ok")
        try database.execute("INSERT INTO offer_search (offer_search) VALUES ('integrity-check')")
        let loaded = try await SQLiteCatalogStore(path: path).load()
        let ids = Set(loaded.offers.map(\.id.rawValue))
        let expected = Set((0..<Self.writesPerProcess).flatMap { ["parent-\($0)", "child-\($0)"] })
        #expect(ids == expected, "missing writes: \(expected.subtracting(ids).sorted().prefix(10))")
        let found = try await SQLiteCatalogStore(path: path).offers(matching: OfferQuery(text: "skrevet child"))
        #expect(found.count == Self.writesPerProcess, "the full-text index holds the other process's offers")
    }
}
