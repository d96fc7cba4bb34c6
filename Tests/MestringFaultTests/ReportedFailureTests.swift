import Foundation
import Mestring
import MestringJSON
import MestringSQLite
import MestringTestSupport
import Testing

/// One test for each failure the fault-injection run of issue 12 reported, run against the built
/// `mestring` as a user runs it. Each of them failed before the fix.
@Suite("Fault suite: the reported failures", .serialized, .enabled(if: MestringProcess.executable != nil, "needs the built mestring binary"))
struct ReportedFailureTests {
    static func folderWithSource() async throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try await JSONSource.write(FaultCatalogs.make(offers: 50, tag: "k"), to: folder.url.appending(path: "kilde.json"))
        return folder
    }

    @Test func aConvertedSQLiteFileIsSelfContained() async throws {
        let folder = try await Self.folderWithSource()
        let source = try await JSONCatalogStore(fileURL: folder.url.appending(path: "kilde.json")).load()
        var report = FaultReport("convert/import → new .sqlite is self-contained")
        let elsewhere = try TemporaryFolder()
        for run in 0..<6 {
            let name = "ny\(run).sqlite"
            let outcome = run.isMultiple(of: 2)
                ? try MestringProcess.run("convert", "kilde.json", name, in: folder.url)
                : try MestringProcess.run("import", "csv\(run - 1)", name, in: folder.url)
            #expect(outcome.status == 0, "\(outcome.errors)")
            if run.isMultiple(of: 2) { _ = try MestringProcess.run("convert", "kilde.json", "csv\(run)", in: folder.url) }
            report.tries += 1
            let sidecars = FaultCatalogs.otherEntries(in: folder.url, besides: []).filter { $0.hasPrefix(name) && $0 != name }
            // The file alone, copied elsewhere, holds the whole catalogue.
            try FileManager.default.copyItem(atPath: folder.path(name), toPath: elsewhere.path(name))
            let alone = try await SQLiteCatalogStore(path: elsewhere.path(name), access: .readOnly).load()
            // An import also remembers where each record came from (the folder's name).
            var expected = source
            if !run.isMultiple(of: 2) { expected.sources.setSource("csv\(run - 1)", ofEveryRecordIn: source) }
            #expect(sidecars.isEmpty, "\(sidecars)")
            #expect(alone == expected)
            if sidecars.isEmpty && alone == expected { report.passed += 1 } else { report.lost += 1 }
        }
        report.print()
    }

    @Test func aSourceThatIsNoCatalogueNeverReplacesTheDestination() async throws {
        let folder = try await Self.folderWithSource()
        #expect(try MestringProcess.run("convert", "kilde.json", "katalog.json", in: folder.url).status == 0)
        let before = try Data(contentsOf: folder.url.appending(path: "katalog.json"))
        try FileManager.default.createDirectory(at: folder.url.appending(path: "bilder"), withIntermediateDirectories: false)
        try Data([0xFF, 0xD8, 0xFF]).write(to: folder.url.appending(path: "bilder/ferie.jpg"))
        try FileManager.default.createDirectory(at: folder.url.appending(path: "tom"), withIntermediateDirectories: false)
        try Data().write(to: folder.url.appending(path: "tom.json"))
        try Data().write(to: folder.url.appending(path: "tom.sqlite"))
        try Data("id,tittel\n".utf8).write(to: folder.url.appending(path: "ark.xlsx"))
        let cases = [
            ("bilder/", "holds none of Mestring's CSV tables"), ("tom", "holds none of Mestring's CSV tables"),
            ("tom.json", "the file is empty"), ("tom.sqlite", "the file is empty"), ("ark.xlsx", "cannot tell the format"),
        ]
        for (source, says) in cases {
            let outcome = try MestringProcess.run("convert", source, "katalog.json", in: folder.url)
            #expect(outcome.status == 2, "\(source)")
            #expect(outcome.errors.contains(says), "\(source): \(outcome.errors)")
        }
        #expect(try Data(contentsOf: folder.url.appending(path: "katalog.json")) == before)

        // The explicit way to start an empty catalogue, in every format.
        for name in ["ny.json", "ny.sqlite", "ny"] {
            #expect(try MestringProcess.run("new", name, "--title", "Ny", in: folder.url).status == 0)
            #expect(try MestringProcess.run("show", name, in: folder.url).status == 0)
            #expect(try MestringProcess.run("new", name, in: folder.url).errors.contains("already exists"))
        }
    }

    @Test func anotherProgramsDatabaseIsNeverModified() async throws {
        let folder = try await Self.folderWithSource()
        let path = folder.path("bilder.sqlite")
        do {
            let database = try Database(path: path)
            try database.execute("CREATE TABLE photos (name TEXT); INSERT INTO photos VALUES ('ferie.jpg')")
        }
        let before = try Data(contentsOf: URL(filePath: path))
        let written = try MestringProcess.run("convert", "kilde.json", "bilder.sqlite", in: folder.url)
        let read = try MestringProcess.run("show", "bilder.sqlite", in: folder.url)
        #expect(written.status == 2 && written.errors.contains("belongs to another program"), "\(written.errors)")
        #expect(read.status == 2 && read.errors.contains("belongs to another program"), "\(read.errors)")
        #expect(try Data(contentsOf: URL(filePath: path)) == before)
        #expect(try Database(path: path, mode: .readOnly).scalar("PRAGMA journal_mode") == "delete")
        #expect(FaultCatalogs.otherEntries(in: folder.url, besides: ["kilde.json", "bilder.sqlite"]).isEmpty)
    }

    @Test(arguments: FaultCatalogs.Format.allCases)
    func leftoversOfEndedProcessesAreRemovedByTheNextWrite(_ format: FaultCatalogs.Format) async throws {
        let folder = try await Self.folderWithSource()
        #expect(try MestringProcess.run("convert", "kilde.json", format.fileName, in: folder.url).status == 0)
        // A process that has ended, as a killed one has.
        let ended = Process()
        ended.executableURL = URL(filePath: "/usr/bin/env")
        ended.arguments = ["true"]
        try ended.run()
        ended.waitUntilExit()
        let stale = folder.url.appending(path: ".\(format.fileName).mestring-\(ended.processIdentifier)-1a2b.tmp")
        let journal = folder.url.appending(path: ".\(format.fileName).mestring-\(ended.processIdentifier)-1a2b.tmp-journal")
        let running = folder.url.appending(path: ".\(format.fileName).mestring-\(getpid())-3c4d.tmp")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: false)
        try Data(repeating: 7, count: 4096).write(to: stale.appending(path: "offers.csv"))
        try Data("x".utf8).write(to: journal)
        try Data("x".utf8).write(to: running)
        // SQLite writes in place and stages only a new file: a kill while creating one leaves a
        // staged database (and its journal) beside a target that does not exist yet.
        let target = format == .sqlite ? "andre.sqlite" : format.fileName
        if format == .sqlite {
            try FileManager.default.moveItem(at: stale, to: folder.url.appending(path: ".andre.sqlite.mestring-\(ended.processIdentifier)-1a2b.tmp"))
            try FileManager.default.moveItem(at: journal, to: folder.url.appending(path: ".andre.sqlite.mestring-\(ended.processIdentifier)-1a2b.tmp-journal"))
            try FileManager.default.moveItem(at: running, to: folder.url.appending(path: ".andre.sqlite.mestring-\(getpid())-3c4d.tmp"))
        }
        #expect(try MestringProcess.run("convert", "kilde.json", target, in: folder.url).status == 0)
        let left = FaultCatalogs.otherEntries(in: folder.url, besides: ["kilde.json", format.fileName, "andre.sqlite"])
        #expect(left == [".\(target).mestring-\(getpid())-3c4d.tmp"], "only the running process's copy stays: \(left)")
    }

    @Test func errorsSayWhatIsWrongWithoutFoundationOrSQLiteInternals() async throws {
        let folder = try await Self.folderWithSource()
        for name in ["mappe.json", "mappe.sqlite"] {
            try FileManager.default.createDirectory(at: folder.url.appending(path: name), withIntermediateDirectories: false)
        }
        try FileManager.default.copyItem(atPath: folder.path("kilde.json"), toPath: folder.path("json.sqlite"))
        let runs: [([String], String)] = [
            (["show", "mappe.json"], "this is a folder; expected a JSON file"),
            (["convert", "kilde.json", "mappe.json"], "cannot put the written file in place: this is a folder"),
            (["show", "mappe.sqlite"], "this is a folder; expected a SQLite database file"),
            (["convert", "kilde.json", "mappe.sqlite"], "this is a folder; expected a SQLite database file"),
            (["show", "json.sqlite"], "the file is not a SQLite database"),
            (["convert", "kilde.json", "json.sqlite"], "the file is not a SQLite database"),
        ]
        for (arguments, says) in runs {
            let outcome = try MestringProcess.run(arguments, in: folder.url)
            #expect(outcome.status == 2)
            #expect(outcome.errors.contains(says), "\(arguments): \(outcome.errors)")
            for raw in ["NSCocoaErrorDomain", "SQLite error 26", "SQL:", "disk I/O error"] {
                #expect(!outcome.errors.contains(raw), "\(arguments): \(outcome.errors)")
            }
        }
        #expect(try Data(contentsOf: folder.url.appending(path: "json.sqlite")) == Data(contentsOf: folder.url.appending(path: "kilde.json")))
    }

    @Test(arguments: FaultCatalogs.Format.allCases)
    func aSymbolicLinkIsFollowedAndStaysALink(_ format: FaultCatalogs.Format) async throws {
        let folder = try await Self.folderWithSource()
        let real = "ekte-" + format.fileName
        #expect(try MestringProcess.run("new", real, in: folder.url).status == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.path(format.fileName), withDestinationPath: real)
        let outcome = try MestringProcess.run("convert", "kilde.json", format.fileName, in: folder.url)
        #expect(outcome.status == 0, "\(outcome.errors)")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: folder.path(format.fileName))
        #expect(link == real, "the link was replaced")
        let loaded = try await format.store(folder.url.appending(path: real)).load()
        #expect(loaded.offers.count == 50, "the link's target holds the new catalogue")
        #expect(FaultCatalogs.otherEntries(in: folder.url, besides: ["kilde.json", real, format.fileName]).isEmpty)

        try FileManager.default.createSymbolicLink(atPath: folder.path("brutt-" + format.fileName), withDestinationPath: "finnes-ikke")
        let dangling = try MestringProcess.run("convert", "kilde.json", "brutt-" + format.fileName, in: folder.url)
        #expect(dangling.status == 2 && dangling.errors.contains("the symbolic link points to nothing"), "\(dangling.errors)")
    }
}
