import Foundation
import Mestring
import MestringSQLite
import MestringTestSupport
import Testing

/// Several writers and readers on one SQLite file: no write is lost silently, every load is one
/// whole catalogue, a held lock ends in a clear "busy" error, and the file stays sound.
@Suite("Fault suite: concurrent writers and readers on one SQLite file", .serialized)
struct ConcurrentSQLiteTests {
    static func integrityIsOK(_ path: String) throws -> Bool {
        try Database(path: path, mode: .readOnly).scalar("PRAGMA integrity_check") == "ok"
    }

    @Test func racingSavesOneWinsAndTheOthersAreRefused() async throws {
        var report = FaultReport("racing whole-catalogue saves (4 stores)")
        for _ in 0..<8 {
            let folder = try TemporaryFolder()
            let path = folder.path("katalog.sqlite")
            try await SQLiteCatalogStore(path: path).save(FaultCatalogs.make(offers: 20, tag: "start"))
            let stores = try (0..<4).map { _ in try SQLiteCatalogStore(path: path) }
            for store in stores { _ = try await store.load() }
            let catalogues = (0..<4).map { FaultCatalogs.make(offers: 40, tag: "w\($0)") }
            let results = await withTaskGroup(of: (Int, StoreError.Kind?).self) { group in
                for (index, store) in stores.enumerated() {
                    group.addTask {
                        do {
                            try await store.save(catalogues[index])
                            return (index, nil)
                        } catch let error as StoreError {
                            return (index, error.kind)
                        } catch {
                            return (index, .io)
                        }
                    }
                }
                var results: [(Int, StoreError.Kind?)] = []
                for await result in group { results.append(result) }
                return results
            }
            let winners = results.filter { $0.1 == nil }.map(\.0)
            report.tries += 1
            report.count("refused with .conflict", results.filter { $0.1 == .conflict }.count)
            let final = try await SQLiteCatalogStore(path: path, access: .readOnly).load()
            let sound = try Self.integrityIsOK(path)
            #expect(winners.count == 1 && results.allSatisfy { $0.1 == nil || $0.1 == .conflict }, "\(results)")
            #expect(sound)
            if winners.count == 1, final == catalogues[winners[0]], sound { report.passed += 1 }
            // Every save but the one kept was refused, so none vanished silently.
            report.lost += max(0, winners.count - 1)
        }
        report.print()
        #expect(report.passed == report.tries)
    }

    @Test func processesConvertingIntoOneFileAtOnceNeverLoseSilently() async throws {
        try #require(MestringProcess.executable != nil)
        var report = FaultReport("4 mestring convert processes into one .sqlite")
        let folder = try TemporaryFolder()
        let catalogues = (0..<4).map { FaultCatalogs.make(offers: 200, tag: "p\($0)") }
        for (index, catalogue) in catalogues.enumerated() {
            try await JSONSource.write(catalogue, to: folder.url.appending(path: "p\(index).json"))
        }
        for trial in 0..<5 {
            let target = "felles\(trial).sqlite"
            let children = try (0..<4).map { try MestringProcess(["convert", "p\($0).json", target], in: folder.url) }
            let outcomes = children.map { $0.finish() }
            let succeeded = outcomes.indices.filter { outcomes[$0].status == 0 }
            let refused = outcomes.filter { $0.status == 2 && $0.errors.contains("another program saved the catalogue") }
            report.tries += 1
            report.count("exit 0", succeeded.count)
            report.count("refused: changed by another", refused.count)
            let final = try await SQLiteCatalogStore(path: folder.path(target), access: .readOnly).load()
            let kept = succeeded.contains { catalogues[$0] == final }
            let sound = try Self.integrityIsOK(folder.path(target))
            #expect(succeeded.count + refused.count == 4, "\(outcomes.map(\.errors))")
            #expect(kept && sound)
            if kept && sound && succeeded.count + refused.count == 4 { report.passed += 1 } else { report.lost += 1 }
            let left = FaultCatalogs.otherEntries(in: folder.url, besides: Set((0..<4).map { "p\($0).json" } + (0...trial).map { "felles\($0).sqlite" }))
            #expect(left.isEmpty, "\(left)")
        }
        report.print()
    }

    @Test func concurrentUpsertsLoseNoWrite() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("katalog.sqlite")
        try await SQLiteCatalogStore(path: path).save(Catalog())
        let stores = try (0..<4).map { _ in try SQLiteCatalogStore(path: path) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, store) in stores.enumerated() {
                group.addTask {
                    for offer in FaultCatalogs.make(offers: 40, tag: "u\(index)").offers { try await store.upsert(offer) }
                }
            }
            try await group.waitForAll()
        }
        let ids = Set(try await SQLiteCatalogStore(path: path, access: .readOnly).load().offers.map(\.id.rawValue))
        var report = FaultReport("4 stores upserting 40 offers each")
        report.tries = 160
        report.passed = ids.count
        report.lost = 160 - ids.count
        report.print()
        #expect(ids.count == 160)
        #expect(try Self.integrityIsOK(path))
    }

    @Test func loadsAndQueriesDuringSavesSeeOneWholeCatalogue() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("katalog.sqlite")
        let first = FaultCatalogs.make(offers: 120, tag: "a")
        let second = FaultCatalogs.make(offers: 80, tag: "b")
        let writer = try SQLiteCatalogStore(path: path)
        try await writer.save(first)
        let readers = try (0..<2).map { _ in try SQLiteCatalogStore(path: path, access: .readOnly) }
        var report = FaultReport("loads and queries during 20 saves")
        let counts = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            group.addTask {
                for round in 0..<20 { try await writer.save(round.isMultiple(of: 2) ? second : first) }
                return (0, 0)
            }
            for reader in readers {
                group.addTask {
                    var (whole, torn) = (0, 0)
                    for _ in 0..<25 {
                        let loaded = try await reader.load()
                        if loaded == first || loaded == second { whole += 1 } else { torn += 1 }
                        let found = try await reader.offers(matching: OfferQuery(text: "mestringskurs"))
                        if found.count == 120 || found.count == 80 { whole += 1 } else { torn += 1 }
                    }
                    return (whole, torn)
                }
            }
            var total = (0, 0)
            for try await count in group { total = (total.0 + count.0, total.1 + count.1) }
            return total
        }
        report.tries = counts.0 + counts.1
        report.passed = counts.0
        report.lost = counts.1
        report.print()
        #expect(counts.1 == 0)
        #expect(try Self.integrityIsOK(path))
    }

    @Test func aHeldLockEndsInABusyErrorAfterTheTimeout() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("katalog.sqlite")
        try await SQLiteCatalogStore(path: path).save(FaultCatalogs.make(offers: 5, tag: "x"))
        let store = try SQLiteCatalogStore(path: path, busyTimeout: .milliseconds(300))
        let other = try Database(path: path)
        try other.execute("BEGIN EXCLUSIVE")
        let started = Date()
        let error = try await #require(throws: StoreError.self) { try await store.upsert(FaultCatalogs.make(offers: 1, tag: "y").offers[0]) }
        let waited = Date().timeIntervalSince(started)
        try other.execute("ROLLBACK")
        #expect(error.kind == .io)
        #expect(error.message.hasPrefix("the catalogue database is busy: another program held its lock for 300 ms"), "\(error)")
        #expect(waited >= 0.29)
        var report = FaultReport("held lock: busy error after the timeout")
        report.tries = 1
        report.passed = error.kind == .io && waited >= 0.29 ? 1 : 0
        report.print()
    }
}
