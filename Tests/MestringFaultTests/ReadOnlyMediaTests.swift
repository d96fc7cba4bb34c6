import Foundation
import Mestring
import MestringSQLite
import MestringTestSupport
import Testing

/// Catalogues on a read-only medium (and a WAL-mode file from an earlier release) are read by
/// `show`, `query` and `validate`, and reading changes nothing.
@Suite(
    "Fault suite: read-only media", .serialized,
    .enabled(if: MestringProcess.executable != nil, "needs the built mestring binary"))
struct ReadOnlyMediaTests {
    /// The catalogues on the medium: every format, SQLite in both journal modes.
    static let names = ["katalog.json", "katalog", "katalog.sqlite", "wal.sqlite"]

    static func writeCatalogues(into folder: URL, from sources: URL) throws {
        for name in names {
            let outcome = try MestringProcess.run("convert", "kilde.json", folder.appending(path: name).path, in: sources)
            #expect(outcome.status == 0, "\(outcome.errors)")
        }
        // A catalogue in WAL mode, as releases before this one left them.
        try Database(path: folder.appending(path: "wal.sqlite").path).execute("PRAGMA journal_mode = WAL")
    }

    @Test(.enabled(if: SmallFileSystem.skipReason == nil, "needs a mountable tmpfs"))
    func everyFormatIsReadFromAReadOnlyFileSystem() async throws {
        let sources = try TemporaryFolder()
        try await JSONSource.write(FaultCatalogs.make(offers: 30, tag: "ro"), to: sources.url.appending(path: "kilde.json"))
        let medium = try SmallFileSystem(kilobytes: 4096)
        try Self.writeCatalogues(into: medium.url, from: sources.url)
        try medium.makeReadOnly()

        var report = FaultReport("read-only medium: show, query, validate")
        for name in Self.names {
            let path = medium.url.appending(path: name).path
            for command in [["show", path], ["query", path, "--text", "mestringskurs"], ["validate", path]] {
                let outcome = try MestringProcess.run(command, in: sources.url)
                report.tries += 1
                // validate exits 1 for findings; 2 would be a failure to read.
                let read = outcome.status == 0 || (command[0] == "validate" && outcome.status == 1)
                #expect(read, "\(command.joined(separator: " ")): \(outcome.errors)")
                if read { report.passed += 1 }
            }
        }
        report.print()
    }

    @Test func readingAWALCatalogueCreatesAndChangesNothing() async throws {
        let folder = try TemporaryFolder()
        try await JSONSource.write(FaultCatalogs.make(offers: 30, tag: "ro"), to: folder.url.appending(path: "kilde.json"))
        try Self.writeCatalogues(into: folder.url, from: folder.url)
        let before = try Self.snapshot(folder.url)
        for name in Self.names {
            #expect(try MestringProcess.run("show", name, in: folder.url).status == 0)
            #expect(try MestringProcess.run("query", name, "--text", "kurs", in: folder.url).status == 0)
            _ = try await SQLiteCatalogStore(path: folder.path("wal.sqlite"), access: .readOnly).load()
        }
        #expect(try Self.snapshot(folder.url) == before, "reading created or changed a file")
    }

    /// Every file in `folder` (recursively) with its bytes and modification time.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let name = enumerator?.nextObject() as? String {
            let url = folder.appending(path: name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let modified = (try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            files[name] = try Data(contentsOf: url) + Data("\(modified.timeIntervalSince1970)".utf8)
        }
        return files
    }
}
