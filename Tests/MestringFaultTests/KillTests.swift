import Foundation
import Mestring
import MestringSQLite
import MestringTestSupport
import Testing

/// `mestring convert` into an existing catalogue, killed with `SIGKILL` at spread-out moments of
/// its save: the target holds the old catalogue or the new one, never a mix or nothing; anything
/// left beside it is a staged copy the next write removes (or SQLite's journal, which the next
/// open rolls back); and once a write completes, nothing but the target is left.
@Suite("Fault suite: killed writes", .serialized, .enabled(if: MestringProcess.executable != nil, "needs the built mestring binary"))
struct KillTests {
    static let killsPerFormat = 16

    @Test(arguments: FaultCatalogs.Format.allCases)
    func killedConvertLeavesOldOrNewAndNoLeftovers(_ format: FaultCatalogs.Format) async throws {
        let folder = try TemporaryFolder()
        let target = folder.url.appending(path: format.fileName)
        let old = FaultCatalogs.make(offers: 300, tag: "gammel")
        try await JSONSource.write(FaultCatalogs.make(offers: 1000, tag: "ny"), to: folder.url.appending(path: "ny.json"))
        let sources: Set<String> = ["ny.json", format.fileName]

        // The reference catalogues as the format gives them back, and how long a whole convert takes.
        try await format.store(target).save(old)
        let oldLoaded = try await format.store(target).load()
        // Plain runs give the whole duration (the quickest of three, so that a cold first start does
        // not stretch it); a watched run gives when the write begins. (Watching must not time the
        // plain runs: a write too quick to be seen would make the wait run to its deadline and every
        // kill would come after the convert had finished.)
        var duration = Double.infinity
        for _ in 0..<3 {
            let started = Date()
            let complete = try MestringProcess(["convert", "ny.json", format.fileName], in: folder.url).finish()
            duration = min(duration, Date().timeIntervalSince(started))
            try #require(complete.status == 0, "\(complete.errors)")
        }
        let watchedStart = Date()
        let watched = try MestringProcess(["convert", "ny.json", format.fileName], in: folder.url)
        try await Self.waitForWrite(of: format, in: folder.url)
        let writeStarted = Date().timeIntervalSince(watchedStart)
        try #require(watched.finish().status == 0)
        let writing = max(min(duration, Date().timeIntervalSince(watchedStart)) - writeStarted, 0.01)
        let newLoaded = try await format.store(target).load()
        #expect(newLoaded != oldLoaded)

        var report = FaultReport("kill convert → \(format)")
        var atNew = true
        // Timings measured alone stretch under a loaded machine (the whole suite runs in parallel):
        // each convert that finishes before its kill shortens the following delays.
        var scale = 1.0
        for attempt in 0..<Self.killsPerFormat {
            if atNew {
                try await format.store(target).save(old)
                atNew = false
            }
            // Half the kills at moments spread over the whole run (reading included), half spread
            // over the write itself, counted from the moment its staged copy or journal appears.
            let fraction = Double(attempt / 2) / Double(Self.killsPerFormat / 2 - 1)
            let child = try MestringProcess(["convert", "ny.json", format.fileName], in: folder.url)
            if attempt.isMultiple(of: 2) {
                try await Task.sleep(for: .seconds(scale * duration * (0.05 + 1.05 * fraction)))
            } else {
                try await Self.waitForWrite(of: format, in: folder.url)
                try await Task.sleep(for: .seconds(scale * writing * 1.15 * fraction))
            }
            child.kill()
            let outcome = child.finish()
            report.tries += 1
            report.count(outcome.wasKilled ? "killed" : "finished before the kill")
            if !outcome.wasKilled { scale *= 0.6 }

            let left = FaultCatalogs.otherEntries(in: folder.url, besides: sources)
            let staged = left.filter { $0.hasPrefix(".\(format.fileName).mestring-") }
            let journal = left.filter { $0 == "\(format.fileName)-journal" }
            let strangers = Set(left).subtracting(staged).subtracting(journal)
            if !staged.isEmpty { report.count("staged copies left by the kill") }
            if !journal.isEmpty { report.count("hot journals rolled back") }
            #expect(strangers.isEmpty, "left beside the target: \(strangers.sorted())")

            let loaded = try await format.store(target).load()
            if format == .sqlite {
                #expect(try Database(path: target.path, mode: .readOnly).scalar("PRAGMA integrity_check") == "ok")
            }
            switch loaded {
            case oldLoaded: report.count("old")
            case newLoaded:
                report.count("new")
                atNew = true
            default: report.lost += 1
            }
            if strangers.isEmpty && (loaded == oldLoaded || loaded == newLoaded) { report.passed += 1 }
        }

        // The next complete write removes what the kills left.
        let final = try MestringProcess.run("convert", "ny.json", format.fileName, in: folder.url)
        #expect(final.status == 0, "\(final.errors)")
        let left = FaultCatalogs.otherEntries(in: folder.url, besides: sources)
        #expect(left.isEmpty, "left after a complete write: \(left)")
        report.count("left after the next write", left.count)
        report.print()
        #expect(report.lost == 0)
        #expect(report.passed == report.tries)
    }

    /// Returns once a write into the target has begun (its staged copy or SQLite's journal is
    /// there), or after two seconds.
    static func waitForWrite(of format: FaultCatalogs.Format, in folder: URL) async throws {
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            if names.contains(where: { $0.hasPrefix(".\(format.fileName).mestring-") || $0 == "\(format.fileName)-journal" }) { return }
            try await Task.sleep(for: .microseconds(300))
        }
    }
}
